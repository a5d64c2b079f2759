package org.linju.agenda;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What was typed cannot be taken (a missing title, a grid of another community, a bad date); a bundle key. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class ItemInvalid extends RuntimeException {

    ItemInvalid(String messageKey) {
        super(messageKey);
    }
}
