package org.linju.matters;

/**
 * Reports are arriving faster than they can be stored just now: the report was not taken (and never will be from this
 * request); sending it again shortly, with the same Idempotency-Key, is safe.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE)
public class IntakeBusy extends RuntimeException {

	IntakeBusy(Throwable cause) {
		super("matter.busy", cause);
	}
}
