package org.linju.residents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A resident with that ID number is already in the register. */
@ResponseStatus(HttpStatus.CONFLICT)
class AlreadyRegistered extends RuntimeException {

    AlreadyRegistered() {
        super("resident.alreadyRegistered");
    }
}
