package org.linju.workshops;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No public page: the workshop does not exist or never held the title. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class WorkshopNotFound extends RuntimeException {

    WorkshopNotFound() {
        super("workshops.notFound");
    }
}
