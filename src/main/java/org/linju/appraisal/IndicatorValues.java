package org.linju.appraisal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linju.shared.GridIndicator;

/** One evaluation indicator for a grid's workers: each worker's value (0 without records) and the grid's records. */
public record IndicatorValues(
        String key, boolean higherIsBetter, Map<UUID, Double> values, List<GridIndicator.Evidence> evidence) {

    public IndicatorValues {
        values = Map.copyOf(values);
        evidence = List.copyOf(evidence);
    }

    public double of(UUID worker) {
        return values.getOrDefault(worker, 0.0);
    }
}
