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

    private static final int EVIDENCE = 10;

    private final ObjectProvider<GridIndicator> indicators;

    WorkerIndicators(ObjectProvider<GridIndicator> indicators) {
        this.indicators = indicators;
    }

    List<IndicatorValues> measure(String grid, List<UUID> workers, Bimonth cycle) {
        if (workers.isEmpty()) {
            return List.of();
        }
        return indicators
                .orderedStream()
                .map(indicator -> measured(indicator, grid, workers, cycle))
                .filter(values -> !values.values().isEmpty())
                .toList();
    }

    private static IndicatorValues measured(GridIndicator indicator, String grid, List<UUID> workers, Bimonth cycle) {
        Map<UUID, Double> values = indicator.measureByPerson(workers, cycle.from(), cycle.until());
        List<GridIndicator.Evidence> evidence =
                values.isEmpty() ? List.of() : indicator.evidence(grid, cycle.from(), cycle.until(), EVIDENCE);
        return new IndicatorValues(indicator.key(), indicator.higherIsBetter(), values, evidence);
    }
}
