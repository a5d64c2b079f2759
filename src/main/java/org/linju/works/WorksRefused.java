package org.linju.works;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input the works module cannot take as it is; the message is a message-bundle key, the field names the input. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class WorksRefused extends RuntimeException {

    private final String field;

    public WorksRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
