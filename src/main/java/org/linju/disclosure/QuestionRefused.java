package org.linju.disclosure;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A resident's question that cannot be filed as it is (no text, no category); the message is a message key. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class QuestionRefused extends RuntimeException {

    QuestionRefused(String messageKey) {
        super(messageKey);
    }
}
