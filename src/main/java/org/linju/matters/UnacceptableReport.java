package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A report that cannot be taken as it is; the message is a message-bundle key naming the field. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class UnacceptableReport extends RuntimeException {

    private final String field;

    UnacceptableReport(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
