package org.linju.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.GridIndicator.Evidence;

/**
 * What a rated person sees of their result: every indicator with its value, normalised value, weight, contribution and
 * the records it was computed from; the adjustments and appeals; the awards that rest on it.
 */
public record Breakdown(
        EvaluationCycle cycle,
        CycleResult result,
        long rated,
        List<Line> lines,
        List<Adjustment> adjustments,
        List<Appeal> appeals,
        List<Award> awards,
        boolean mayAppeal,
        boolean mayAdjust) {

    /**
     * One indicator's part: label and hint keys are {@code indicator.<key>} and {@code indicator.<key>.hint}; value and
     * normalised are null when the person's grids had no records for it (its weight went to their other indicators).
     */
    public record Line(
            String key,
            @Nullable Double value,
            @Nullable Double normalised,
            BigDecimal weight,
            double contribution,
            List<Evidence> evidence) {}
}
