package org.linju.appraisal;

import org.jspecify.annotations.Nullable;

/**
 * A grid's performance pay budget for a cycle, and how much of it the leader has handed out.
 *
 * @param amountFen none while the community or street has not set it
 */
public record Budget(
        String gridCode,
        String gridName,
        @Nullable Long amountFen,
        long distributedFen,
        @Nullable String setBy) {

    public @Nullable String yuan() {
        return amountFen == null ? null : Money.yuan(amountFen);
    }

    public String distributedYuan() {
        return Money.yuan(distributedFen);
    }
}
