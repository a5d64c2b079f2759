package org.linju.supervision;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request does not fit the notice's state or is incomplete; the message is a bundle key the page shows. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class SupervisionRefused extends RuntimeException {

    SupervisionRefused(String messageKey) {
        super(messageKey);
    }
}
