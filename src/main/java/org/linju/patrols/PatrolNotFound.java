package org.linju.patrols;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No patrol or visit of this worker with this key (another worker's records are not found either). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PatrolNotFound extends RuntimeException {

    public PatrolNotFound() {
        super("patrols.notFound");
    }
}
