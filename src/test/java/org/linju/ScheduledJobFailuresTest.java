package org.linju;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** While the database is away, jobs that run every few seconds do not fill the log with a stack trace each round. */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledJobFailuresTest {

    private final ScheduledJobFailures failures = new ScheduledJobFailures(new DatabaseOutages());

    @Test
    void anOutageIsLoggedOnceAMinuteNotEveryRound(CapturedOutput output) {
        for (int round = 0; round < 12; round++) {
            failures.handleError(new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException(
                            "Connection is not available, request timed out after 3000ms")));
        }
        assertThat(output.getAll().split("Database unavailable", -1)).hasSize(2);
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void anyOtherFailureKeepsItsStackTrace(CapturedOutput output) {
        failures.handleError(new IllegalStateException("a bug in a job"));
        assertThat(output.getAll())
                .contains("Scheduled job failed")
                .contains("a bug in a job")
                .contains("\tat ");
    }
}
