package org.linju.agenda;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A step on an item that cannot be taken as it stands (a closed year, a wrong status, an owner not known); a key. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ItemRefused extends RuntimeException {

    ItemRefused(String messageKey) {
        super(messageKey);
    }
}
