package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** This step needs a reason or a result note. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
class ReasonMissing extends RuntimeException {

    ReasonMissing() {
        super("matter.reasonMissing");
    }
}
