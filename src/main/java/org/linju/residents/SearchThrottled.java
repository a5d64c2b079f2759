package org.linju.residents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The account has searched the register by number too often, or missed too often, within the window. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
class SearchThrottled extends RuntimeException {

    SearchThrottled() {
        super("resident.search.throttled");
    }
}
