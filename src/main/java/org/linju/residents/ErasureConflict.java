package org.linju.residents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An erasure request that cannot go ahead as asked; the message is a message-bundle key. */
@ResponseStatus(HttpStatus.CONFLICT)
class ErasureConflict extends RuntimeException {

    ErasureConflict(String messageKey) {
        super(messageKey);
    }
}
