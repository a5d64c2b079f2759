package org.linju.appraisal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linju.shared.Bimonth;
import org.linju.shared.GridIndicator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The evaluation's indicators where they apply to one grid worker: every {@link GridIndicator} bean asked for the
 * grid's workers by person; one that counts per grid only answers nothing and is left out.
 */
@Component
class WorkerIndicators {

    /** An indicator with each worker's value (0 without records) and the grid's records behind it. */
    record Measured(
            String key, boolean higherIsBetter, Map<UUID, Double> values, List<GridIndicator.Evidence> evidence) {

        public double of(UUID worker) {
            return values.getOrDefault(worker, 0.0);
        }
    }

    private static final int EVIDENCE = 10;

    private final ObjectProvider<GridIndicator> indicators;

    WorkerIndicators(ObjectProvider<GridIndicator> indicators) {
        this.indicators = indicators;
    }

    List<Measured> measure(String grid, List<UUID> workers, Bimonth cycle) {
        if (workers.isEmpty()) {
            return List.of();
        }
        return indicators
                .orderedStream()
                .map(indicator -> measured(indicator, grid, workers, cycle))
                .filter(measured -> !measured.values().isEmpty())
                .toList();
    }

    private static Measured measured(GridIndicator indicator, String grid, List<UUID> workers, Bimonth cycle) {
        Map<UUID, Double> values = indicator.measureByPerson(workers, cycle.from(), cycle.until());
        List<GridIndicator.Evidence> evidence =
                values.isEmpty() ? List.of() : indicator.evidence(grid, cycle.from(), cycle.until(), EVIDENCE);
        return new Measured(indicator.key(), indicator.higherIsBetter(), values, evidence);
    }
}
