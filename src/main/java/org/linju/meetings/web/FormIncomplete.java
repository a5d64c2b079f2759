package org.linju.meetings.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A meeting form arrived without a field it needs, or with one no picker offers. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
class FormIncomplete extends RuntimeException {

    FormIncomplete() {
        super("meeting.incomplete");
    }
}
