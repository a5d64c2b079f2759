package org.linju.patrols;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A patrol record that cannot be taken as sent; the message is a message-bundle key saying why. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class PatrolRefused extends RuntimeException {

    public PatrolRefused(String messageKey) {
        super(messageKey);
    }
}
