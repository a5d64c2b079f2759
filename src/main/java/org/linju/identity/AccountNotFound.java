package org.linju.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account with that id that the admin manages: outside their area answers the same as none at all. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFound extends RuntimeException {

    AccountNotFound() {
        super("no such account in your area");
    }
}
