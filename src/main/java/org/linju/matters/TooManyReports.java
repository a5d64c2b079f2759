package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An anonymous reporter sent more reports in the last hour than the limit allows: try again in an hour. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
class TooManyReports extends ReportNotTaken {

    TooManyReports() {
        super("matter.tooManyReports", 3600, null);
    }
}
