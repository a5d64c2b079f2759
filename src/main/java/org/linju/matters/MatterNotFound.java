package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No matter with that id or tracking code. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class MatterNotFound extends RuntimeException {

    MatterNotFound() {
        super("matter.notFound");
    }
}
