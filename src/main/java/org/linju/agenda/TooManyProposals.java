package org.linju.agenda;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An address sent more proposals in the last hour than the limit allows: try again in an hour. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class TooManyProposals extends RuntimeException {

    TooManyProposals() {
        super("agenda.tooManyProposals");
    }
}
