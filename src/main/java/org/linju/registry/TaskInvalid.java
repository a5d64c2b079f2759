package org.linju.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A task that cannot be pushed as asked (no grid, no title, a past deadline …); the message is a message key. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class TaskInvalid extends RuntimeException {

    public TaskInvalid(String messageKey) {
        super(messageKey);
    }
}
