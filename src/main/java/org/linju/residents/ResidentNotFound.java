package org.linju.residents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No resident with that id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ResidentNotFound extends RuntimeException {

    ResidentNotFound() {
        super("no such resident");
    }
}
