package org.linju.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every pooled connection has a statement timeout (15 s), so that no request waits without bound on a frozen
 * database. Work that may rightly take longer — a whole area's export, the audit chain's walk, the nightly retention
 * run — lifts it for its own transaction only.
 */
public final class LongStatements {

    private LongStatements() {}

    /** Lifts the statement timeout until the current transaction ends; call it inside one. */
    public static void allowIn(JdbcClient jdbc) {
        jdbc.sql("set local statement_timeout = 0").update();
    }
}
