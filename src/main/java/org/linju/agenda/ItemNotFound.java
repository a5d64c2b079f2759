package org.linju.agenda;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No item (or no public item) with this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ItemNotFound extends RuntimeException {

    ItemNotFound() {
        super("agenda.notFound");
    }
}
