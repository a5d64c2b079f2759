package org.linju.forces;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Marking someone unavailable needs a reason: it is shown on the duty chart and kept in the switch record. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
class ReasonRequired extends RuntimeException {

    ReasonRequired() {
        super("forces.reasonRequired");
    }
}
