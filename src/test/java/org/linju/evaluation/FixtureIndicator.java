package org.linju.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linju.shared.GridIndicator;

/** A hand-set indicator for the evaluation's tests: its values per grid for the cycle starting on a given day. */
record FixtureIndicator(
        String key,
        boolean higherIsBetter,
        boolean zeroWithoutRecords,
        Function<LocalDate, Map<String, Double>> valuesFrom)
        implements GridIndicator {

    /** A count: the same values in every cycle, a grid left out has zero. */
    static FixtureIndicator count(String key, boolean higherIsBetter, Map<String, Double> values) {
        return new FixtureIndicator(key, higherIsBetter, true, from -> values);
    }

    @Override
    public Map<String, Double> measure(Collection<String> grids, LocalDate from, LocalDate until) {
        return valuesFrom.apply(from).entrySet().stream()
                .filter(e -> grids.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public List<Evidence> evidence(String grid, LocalDate from, LocalDate until, int limit) {
        return List.of(new Evidence(from.atStartOfDay(Cycles.CHINA).toInstant(), key + " " + grid, null));
    }
}
