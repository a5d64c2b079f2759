package org.linju.grid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No node of the tree has that code. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class RegionNotFound extends RuntimeException {

    public RegionNotFound(String code) {
        super("no region or grid " + code);
    }
}
