package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Another request for approval is already waiting on this matter. */
@ResponseStatus(HttpStatus.CONFLICT)
class RequestPending extends RuntimeException {

    RequestPending() {
        super("matter.requestPending");
    }
}
