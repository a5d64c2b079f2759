package org.linju.workshops;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request does not fit the workshop, inspection or title as they are, or is incomplete; the message is a key. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class WorkshopRefused extends RuntimeException {

    WorkshopRefused(String messageKey) {
        super(messageKey);
    }

    static void unless(boolean holds, String messageKey) {
        if (!holds) {
            throw new WorkshopRefused(messageKey);
        }
    }
}
