package org.linju.funds;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A monitoring or closing step refused; the message is a message key the form shows. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class MonitoringRefused extends RuntimeException {

    public MonitoringRefused(String messageKey) {
        super(messageKey);
    }
}
