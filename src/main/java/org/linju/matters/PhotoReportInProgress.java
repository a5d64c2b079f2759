package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The same client address is sending another report with photos just now: one at a time, so that parallel reports
 * cannot all pass the hourly limits before any of them is counted and each have six photos decoded and written.
 */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
class PhotoReportInProgress extends ReportNotTaken {

    PhotoReportInProgress() {
        super("matter.photoReportInProgress", 10, null);
    }
}
