package org.linju.funds;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A step on a budget line that cannot be taken as asked; the message is a message key the page shows. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class FundsRefused extends RuntimeException {

    public FundsRefused(String messageKey) {
        super(messageKey);
    }
}
