package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Reports are arriving faster than they can be stored just now: the report was not taken (and never will be from this
 * request); sending it again shortly, with the same Idempotency-Key, is safe.
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
class IntakeBusy extends ReportNotTaken {

    IntakeBusy(Throwable cause) {
        super("matter.busy", 5, cause);
    }
}
