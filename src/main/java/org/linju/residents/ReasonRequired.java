package org.linju.residents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A reveal needs a reason of at least a few characters. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class ReasonRequired extends RuntimeException {

    ReasonRequired() {
        super("resident.reveal.reasonRequired");
    }
}
