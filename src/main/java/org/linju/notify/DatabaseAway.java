package org.linju.notify;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure is the database being away (no connection, a lost one, a timeout). Notification work that fails
 * that way is tried again by itself (a listener's publication stays incomplete and is redelivered, the backlog drains
 * next round), so it is logged as one line, not a stack trace every time.
 */
final class DatabaseAway {

	private DatabaseAway() {
	}

	static boolean causes(@Nullable Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof CannotCreateTransactionException) {
				return true;
			}
		}
		return false;
	}
}
