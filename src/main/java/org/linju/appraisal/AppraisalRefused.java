package org.linju.appraisal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request is incomplete or does not fit (a sum above the budget, no reasons); the message is a bundle key. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class AppraisalRefused extends RuntimeException {

    AppraisalRefused(String messageKey) {
        super(messageKey);
    }
}
