package org.linju.emergency;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A plan's content is incomplete or out of bounds; the message is a bundle key naming what to fix. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
class PlanRefused extends RuntimeException {

    PlanRefused(String messageKey) {
        super(messageKey);
    }
}
