package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The viewer's role does not do this step for a matter of this colour. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class ActionRefused extends RuntimeException {

    ActionRefused() {
        super("matter.actionRefused");
    }
}
