package org.linju.appraisal;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One worker's performance pay for a cycle.
 *
 * @param basis what the rule weighed: the score, the points, or the amount typed in yuan
 */
public record PayShare(UUID workerId, String workerName, BigDecimal basis, long amountFen) {

    public String yuan() {
        return Money.yuan(amountFen);
    }
}
