package org.linju.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The caller asked for something outside their {@link GridScope}. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class OutOfScope extends RuntimeException {

    public OutOfScope(String what) {
        super("outside your area: " + what);
    }
}
