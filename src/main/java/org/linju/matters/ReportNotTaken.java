package org.linju.matters;

import org.springframework.http.HttpStatus;

/**
 * A report that was not stored, and when its sender may try again: the answer's status and {@code Retry-After}. The
 * message is a message key.
 */
public abstract class ReportNotTaken extends RuntimeException {

	private final HttpStatus status;
	private final int retryAfterSeconds;

	ReportNotTaken(String messageKey, HttpStatus status, int retryAfterSeconds, @org.jspecify.annotations.Nullable Throwable cause) {
		super(messageKey, cause);
		this.status = status;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public HttpStatus status() {
		return status;
	}

	public int retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
