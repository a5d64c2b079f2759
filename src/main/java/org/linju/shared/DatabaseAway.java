package org.linju.shared;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database is away, frozen or restarting rather than that the work was wrong: no
 * connection within the pool's timeout, a connection lost, a statement or socket timed out, the server starting up or
 * shutting down. Such work is answered 503 or tried again later, and logged as one line, not a stack trace each time.
 */
public final class DatabaseAway {

    private DatabaseAway() {}

    /** Whether {@code failure} is such an outage. */
    public static boolean causes(@Nullable Throwable failure) {
        return outageIn(failure) != null;
    }

    /**
     * The outage behind this failure, or null if it is something else. A commit or rollback that failed on its
     * connection is one too (the pool answers "Connection is closed", without an SQLState, once it has dropped a broken
     * connection), and so is the failure a failed rollback overrode.
     */
    public static @Nullable Throwable outageIn(@Nullable Throwable failure) {
        Throwable found = null;
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return sql;
            }
            if (cause instanceof TransactionSystemException ended) {
                Throwable overridden = outageIn(ended.getApplicationException());
                if (overridden != null) {
                    return overridden;
                }
                // Without an SQLState it is the pool's closed connection; with one, only the states of an outage count
                // (a commit refused for a serialization conflict, 40001, is no outage).
                if (ended.getCause() instanceof SQLException sql && (sql.getSQLState() == null || isOutage(sql))) {
                    return ended;
                }
            }
            if (found == null
                    && (cause instanceof DataAccessResourceFailureException
                            || cause instanceof CannotCreateTransactionException
                            || cause instanceof QueryTimeoutException)) {
                found = cause;
            }
        }
        return found;
    }

    /**
     * Connection failures (SQLState class 08), the server shutting down, crashed or still starting (57P01–57P03), a
     * cancelled statement (57014: the statement timeout), and the pool's own timeout.
     */
    private static boolean isOutage(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e instanceof SQLTransientConnectionException
                || e instanceof SQLRecoverableException
                || state.startsWith("08")
                || state.startsWith("57P")
                || state.equals("57014");
    }
}
