package org.linju.evaluation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A write the evaluation refuses (the cycle is locked, the appeal window closed, the decider is the appellant …);
 * the message is a bundle key, shown to the user as it is.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class EvaluationRefused extends RuntimeException {

    EvaluationRefused(String messageKey) {
        super(messageKey);
    }
}
