package org.linju.appraisal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The evaluation locked the cycle: its appraisals, proposals and pay no longer change. */
@ResponseStatus(HttpStatus.CONFLICT)
public class CycleIsLocked extends RuntimeException {

    CycleIsLocked() {
        super("appraisal.locked");
    }
}
