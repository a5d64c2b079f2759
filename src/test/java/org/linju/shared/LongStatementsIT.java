package org.linju.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linju.LinjuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests give up on a statement after 15 s (a frozen database), while an export or the audit walk of a large district
 * may rightly take longer: they lift the limit for their own transaction, and the pooled connection has it again after.
 */
@LinjuIntegrationTest
class LongStatementsIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private String timeout() {
        return jdbc.sql("show statement_timeout").query(String.class).single();
    }

    @Test
    void longWorkLiftsTheStatementTimeoutForItsTransactionOnly() {
        assertThat(timeout()).isEqualTo("15s");
        String inside = transactions.execute(status -> {
            LongStatements.allowIn(jdbc);
            return timeout();
        });
        assertThat(inside).isEqualTo("0");
        for (int i = 0; i < 12; i++) { // every connection of the pool
            assertThat(timeout()).isEqualTo("15s");
        }
    }
}
