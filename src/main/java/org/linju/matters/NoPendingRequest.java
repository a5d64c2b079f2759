package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** There is no request waiting for approval on this matter. */
@ResponseStatus(HttpStatus.CONFLICT)
class NoPendingRequest extends RuntimeException {

    NoPendingRequest() {
        super("matter.noPendingRequest");
    }
}
