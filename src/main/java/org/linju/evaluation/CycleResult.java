package org.linju.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One rated grid leader's result in a cycle: measured score, adjustments, total, rank and grade. */
public record CycleResult(
        UUID cycleId,
        UUID accountId,
        String username,
        String displayName,
        List<String> grids,
        BigDecimal measured,
        BigDecimal adjusted,
        BigDecimal total,
        int rank,
        Grade grade) {

    public CycleResult {
        grids = List.copyOf(grids);
    }
}
