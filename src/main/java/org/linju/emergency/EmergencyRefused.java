package org.linju.emergency;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request does not fit the emergency's state or the request's content; the message is a bundle key. */
@ResponseStatus(HttpStatus.CONFLICT)
class EmergencyRefused extends RuntimeException {

    EmergencyRefused(String messageKey) {
        super(messageKey);
    }
}
