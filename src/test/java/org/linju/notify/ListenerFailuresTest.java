package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** While the database is away every listener fails; that is one line each, not a stack trace per event. */
@ExtendWith(OutputCaptureExtension.class)
class ListenerFailuresTest {

    private final Method listener = Object.class.getMethods()[0];

    @Test
    void aListenerThatFailedBecauseTheDatabaseIsAwayLogsOneLine(CapturedOutput output) {
        new ListenerFailures(Runnable::run)
                .getAsyncUncaughtExceptionHandler()
                .handleUncaughtException(
                        new CannotGetJdbcConnectionException(
                                "Failed to obtain JDBC Connection",
                                new SQLTransientConnectionException("linju-embedded - Connection is not available")),
                        listener);
        assertThat(output.getOut()).contains("will be retried").doesNotContain("\tat ");
    }

    @Test
    void anyOtherFailureKeepsItsStackTrace(CapturedOutput output) {
        new ListenerFailures(Runnable::run)
                .getAsyncUncaughtExceptionHandler()
                .handleUncaughtException(new IllegalStateException("a bug"), listener);
        assertThat(output.getOut()).contains("failed").contains("\tat ");
    }
}
