package org.linju.identity;

import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The failed-sign-in counters, in the database so that every app instance sees the same delays. */
@Repository
class LoginFailures {

    /**
     * One counter: a name from one address, an address (name {@code ""}) or a name from everywhere (address
     * {@code ""}), and the policy that turns its count into a delay.
     */
    record Counter(String username, String address, DelayPolicy policy) {}

    /** An account whose sign-ins wait, as the district admins' list shows it. */
    record DelayedAccount(
            String username, String displayName, Instant delayedUntil, int failures, List<String> addresses) {}

    /** A client address whose sign-ins wait, whatever the name. */
    record DelayedAddress(String address, Instant delayedUntil, int failures) {}

    private final JdbcClient jdbc;

    LoginFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts the attempt as one more failure (starting again after {@link DelayPolicy#MEMORY}) before its password is
     * checked, unless the counter waits and the attempt may wait; delays it as the policy says. The row stays locked
     * until the caller's transaction ends, so attempts sent at once are counted one after another and the one that
     * reaches a delay stops those behind it.
     *
     * @param mayWait whether a waiting counter refuses the attempt
     * @return the failures counted now, this attempt's included; empty when the attempt waits and nothing was counted
     */
    Optional<Integer> countBeforeCheck(Counter counter, boolean mayWait) {
        Optional<Integer> counted = jdbc.sql("""
				insert into login_failure as f (username, address, failures, last_failed_at)
				values (:username, :address, 1, now())
				on conflict (username, address) do update
				set failures = case when f.last_failed_at < now() - make_interval(secs => :memory) then 1 else f.failures + 1 end,
				    last_failed_at = now()
				where not :mayWait or f.delayed_until is null or f.delayed_until <= now()
				returning failures
				""")
                .param("username", counter.username())
                .param("address", counter.address())
                .param("memory", DelayPolicy.MEMORY.toSeconds())
                .param("mayWait", mayWait)
                .query(Integer.class)
                .optional();
        counted.map(counter.policy()::delayAfter)
                .filter(delay -> !delay.isZero())
                .ifPresent(delay -> jdbc.sql("""
				update login_failure set delayed_until = now() + make_interval(secs => ?) where username = ? and address = ?
				""")
                        .params(delay.toSeconds(), counter.username(), counter.address())
                        .update());
        return counted;
    }

    /**
     * Takes back a failure counted before a check that proved the password right. A delay this failure started goes
     * with it: no other attempt was let through the counter since.
     */
    void uncount(Counter counter, boolean delayedByIt) {
        jdbc.sql("""
				update login_failure set failures = failures - 1,
				       delayed_until = case when ? then null else delayed_until end
				where username = ? and address = ? and failures > 0
				""").params(delayedByIt, counter.username(), counter.address()).update();
    }

    void forget(Counter counter) {
        jdbc.sql("delete from login_failure where username = ? and address = ?")
                .params(counter.username(), counter.address())
                .update();
    }

    /** Accounts inside the area (every account for an unrestricted admin) whose sign-ins wait now. */
    List<DelayedAccount> delayedWithin(GridScope area) {
        return jdbc.sql("""
				select a.username, a.display_name, max(f.delayed_until) as delayed_until, max(f.failures) as failures,
				       array_agg(f.address order by f.address) filter (where f.address <> '') as addresses
				from login_failure f join account a on a.username = f.username
				where f.username in (select username from login_failure where delayed_until > now())
				  and (:whole or\s""" + AccountStore.WITHIN_AREA + """
				)
				group by a.username, a.display_name
				order by max(f.delayed_until) desc
				""")
                .param("whole", area.isUnrestricted())
                .param("patterns", area.sqlPatterns())
                .query((rs, row) -> {
                    Array addresses = rs.getArray("addresses");
                    return new DelayedAccount(
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getObject("delayed_until", OffsetDateTime.class).toInstant(),
                            rs.getInt("failures"),
                            addresses == null ? List.of() : List.of((String[]) addresses.getArray()));
                })
                .list();
    }

    /** Clears every counter of an account inside the area; false when there is no such account there. */
    boolean clearWithin(String username, GridScope area) {
        return jdbc.sql("""
				delete from login_failure f using account a
				where f.username = :username and a.username = f.username and (:whole or\s""" + AccountStore.WITHIN_AREA + """
				)""")
                        .param("username", username)
                        .param("whole", area.isUnrestricted())
                        .param("patterns", area.sqlPatterns())
                        .update()
                > 0;
    }

    List<DelayedAddress> delayedAddresses() {
        return jdbc.sql("""
				select address, delayed_until, failures from login_failure
				where username = '' and delayed_until > now()
				order by delayed_until desc limit 100
				""")
                .query((rs, row) -> new DelayedAddress(
                        rs.getString("address"),
                        rs.getObject("delayed_until", OffsetDateTime.class).toInstant(),
                        rs.getInt("failures")))
                .list();
    }

    boolean clearAddress(String address) {
        return jdbc.sql("delete from login_failure where username = '' and address = ?")
                        .param(address)
                        .update()
                > 0;
    }

    int purgeForgotten() {
        return jdbc.sql("delete from login_failure where last_failed_at < now() - make_interval(secs => ?)")
                .param(DelayPolicy.MEMORY.toSeconds())
                .update();
    }
}
