package org.linju.appraisal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a leader wants the grid's pay split for a cycle.
 *
 * @param basePercent for {@link PayRule#BASE_AND_SCORE}: the share of the total paid equally, the rest by score
 * @param totalYuan the sum to hand out, at most the budget; none for the whole budget (unused for AMOUNTS)
 * @param typed per worker the points (POINTS) or the amount in yuan (AMOUNTS); scores come from the appraisals
 */
public record PayPlan(
        PayRule rule, int basePercent, @Nullable BigDecimal totalYuan, Map<UUID, BigDecimal> typed) {

    public PayPlan {
        typed = Map.copyOf(typed);
    }
}
