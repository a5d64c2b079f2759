package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A matter outside every grid has nobody to handle it in a grid: it is dispatched only once it has a grid, or as a
 * red matter handed to a district department.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class GridRequired extends RuntimeException {

    GridRequired() {
        super("matter.gridRequired");
    }
}
