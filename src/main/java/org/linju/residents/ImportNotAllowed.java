package org.linju.residents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The viewer's role may not import or export rosters, or the import is someone else's. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class ImportNotAllowed extends RuntimeException {

    ImportNotAllowed() {
        super("your role may not import or export residents");
    }
}
