package org.linju.residents;

import java.time.Duration;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits exact searches by ID number or phone per account in a sliding window. A masked number leaves few
 * candidates, and an exact search answers for the real one; so an account may search a given number of times per
 * window, and far fewer searches may miss. Counts live in the database, so the limit holds across app instances.
 */
@Component
class SearchThrottle {

    private final JdbcClient jdbc;
    private final Duration window;
    private final int maxSearches;
    private final int maxMisses;

    SearchThrottle(
            JdbcClient jdbc,
            @Value("${linju.residents.search.window:1h}") Duration window,
            @Value("${linju.residents.search.max-searches:100}") int maxSearches,
            @Value("${linju.residents.search.max-misses:10}") int maxMisses) {
        this.jdbc = jdbc;
        this.window = window;
        this.maxSearches = maxSearches;
        this.maxMisses = maxMisses;
    }

    /** True while the account is under both limits; holds a lock on the account's count until the transaction ends. */
    boolean admits(CurrentUser user) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('resident-search:' || ?))")
                .param(user.getUsername())
                .query((rs, row) -> 1)
                .single();
        return jdbc.sql("""
				select count(*) < :searches and count(*) filter (where not found) < :misses from resident_search
				where username = :username and searched_at > now() - :seconds * interval '1 second'
				""")
                .param("searches", maxSearches)
                .param("misses", maxMisses)
                .param("username", user.getUsername())
                .param("seconds", window.toSeconds())
                .query(Boolean.class)
                .single();
    }

    /** Counts a search, and forgets the account's searches that have left the window. */
    void searched(CurrentUser user, boolean found) {
        jdbc.sql("insert into resident_search (username, found) values (?, ?)")
                .params(user.getUsername(), found)
                .update();
        jdbc.sql("delete from resident_search where username = ? and searched_at <= now() - ? * interval '1 second'")
                .params(user.getUsername(), window.toSeconds())
                .update();
    }
}
