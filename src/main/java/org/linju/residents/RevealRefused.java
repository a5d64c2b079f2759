package org.linju.residents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The viewer's role may not reveal personal data, or the field is not theirs to see. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class RevealRefused extends RuntimeException {

    RevealRefused() {
        super("your role may not reveal personal data");
    }
}
