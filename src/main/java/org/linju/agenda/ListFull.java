package org.linju.agenda;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The year's list of the community (or grid) holds its ten items already: drop one before adopting another. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ListFull extends RuntimeException {

    ListFull() {
        super("agenda.listFull");
    }
}
