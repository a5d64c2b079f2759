package org.linju.appraisal;

import java.time.Instant;
import java.util.List;

/** How a grid's performance pay for a cycle was split: the rule, its base share, the total and each worker's amount. */
public record PayDistribution(
        PayRule rule, int basePercent, long totalFen, String leaderName, Instant decidedAt, List<PayShare> shares) {

    public PayDistribution {
        shares = List.copyOf(shares);
    }

    public String totalYuan() {
        return Money.yuan(totalFen);
    }
}
