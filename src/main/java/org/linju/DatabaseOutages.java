package org.linju;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Failures that mean the database is away, frozen or restarting rather than that a request is wrong: no connection
 * within the pool's timeout, a connection lost, a statement or socket timed out, the server starting up or shutting
 * down. Each is logged as one line per kind per minute with how many there were, not a stack trace per request.
 */
@Component
class DatabaseOutages {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);
	private static final Duration INTERVAL = Duration.ofMinutes(1);

	/** Failures of one kind since the interval began, and those counted but not logged in the interval before. */
	private record Tally(long since, int count, int unlogged) {
	}

	private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

	/**
	 * The outage behind this failure, or null if it is something else. A commit or rollback that failed on its
	 * connection is one too (the pool answers "Connection is closed", without an SQLState, once it has dropped a broken
	 * connection), and so is the failure a failed rollback overrode.
	 */
	static @Nullable Throwable outageIn(@Nullable Throwable failure) {
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
			if (found == null && (cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException || cause instanceof QueryTimeoutException)) {
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
		return e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException
				|| state.startsWith("08") || state.startsWith("57P") || state.equals("57014");
	}

	/** Counts the failure and logs it if it is the first of its kind in this interval. */
	void report(Throwable outage, String where) {
		String kind = kindOf(outage);
		long now = System.nanoTime();
		Tally tally = tallies.compute(kind, (key, last) -> {
			if (last == null) {
				return new Tally(now, 1, 0);
			}
			return now - last.since() >= INTERVAL.toNanos() ? new Tally(now, 1, last.count() - 1)
					: new Tally(last.since(), last.count() + 1, last.unlogged());
		});
		if (tally.count() == 1) {
			log.warn("Database unavailable ({}) on {}: {} ({} more like it before, not logged; the next minute's are only counted)",
					kind, where, outage.getMessage(), tally.unlogged());
		}
	}

	private static String kindOf(Throwable outage) {
		return outage instanceof SQLException sql && sql.getSQLState() != null
				? outage.getClass().getSimpleName() + " " + sql.getSQLState() : outage.getClass().getSimpleName();
	}
}
