package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request is approved or turned down by someone other than the person who filed it (four-eyes rule). */
@ResponseStatus(HttpStatus.FORBIDDEN)
class SecondPersonRequired extends RuntimeException {

    SecondPersonRequired() {
        super("matter.secondPersonRequired");
    }
}
