package org.linju.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A filing that cannot be kept as asked; the message is a message key saying why. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class FilingRefused extends RuntimeException {

    public FilingRefused(String messageKey) {
        super(messageKey);
    }
}
