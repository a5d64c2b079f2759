package org.linju.works;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such project or street in the caller's area (outside it, one is not told it exists). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class WorksItemNotFound extends RuntimeException {

    public WorksItemNotFound() {
        super("works.notFound");
    }
}
