package org.linju.matters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the matters' tally deltas into the running tallies (see the V7_3 migration). Readers add the deltas not yet
 * folded, so folding only keeps their work small; with two or more instances, a transaction-scoped advisory lock
 * lets one fold at a time and the others skip the round.
 */
@Service
class TallyFolding {

    /** The advisory-lock key: "linju.matters.tally" hashed once, fixed here. */
    private static final long LOCK = 0x4c4a_5441_4c4cL;

    private final JdbcClient jdbc;

    TallyFolding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Transactional here too: a call inside the bean bypasses the proxy, and the advisory lock needs the transaction. */
    @Scheduled(fixedDelayString = "${linju.matters.tally-fold-interval:5s}", initialDelayString = "5s")
    @Transactional
    public void scheduled() {
        fold();
    }

    /** Returns how many deltas were folded (0 when another instance holds the lock). */
    @Transactional
    public long fold() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Boolean.class)
                .single()) {
            return 0;
        }
        return jdbc.sql("select matter_tally_fold()").query(Long.class).single();
    }
}
