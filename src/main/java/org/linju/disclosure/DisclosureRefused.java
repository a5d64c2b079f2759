package org.linju.disclosure;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A workflow step refused; the message is a message key, shown on the item's page (or the error page) in words. */
@ResponseStatus(HttpStatus.CONFLICT)
class DisclosureRefused extends RuntimeException {

    DisclosureRefused(String messageKey) {
        super(messageKey);
    }
}
