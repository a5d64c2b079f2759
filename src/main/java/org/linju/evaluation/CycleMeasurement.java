package org.linju.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.linju.identity.GridScope;
import org.linju.identity.Role;
import org.linju.identity.RoleHolders;
import org.linju.identity.RoleHolders.Holder;
import org.linju.shared.Bimonth;
import org.linju.shared.GridIndicator;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who a district's cycle rates (its enabled grid leaders, each with the grids that are their scope roots) and what
 * every contributed indicator measured for them: a leader of several grids gets the mean of their grids' values. Only
 * indicators with a bean and a weight above zero count; a weight for a key without a bean is ignored. A person with no
 * value on an indicator (see {@link GridIndicator#zeroWithoutRecords()}) is scored without it ({@link Scoring}).
 */
@Component
class CycleMeasurement {

    /** The people rated and, for each, the lines of their score. */
    record Measured(Map<Holder, List<String>> people, Map<UUID, List<Scoring.Line>> lines) {}

    private final RoleHolders holders;
    private final ObjectProvider<GridIndicator> indicators;

    CycleMeasurement(RoleHolders holders, ObjectProvider<GridIndicator> indicators) {
        this.holders = holders;
        this.indicators = indicators;
    }

    Measured measure(RegionCode district, Bimonth cycle, Map<String, BigDecimal> weights) {
        Map<Holder, List<String>> people = new LinkedHashMap<>();
        for (Holder holder : holders.within(Role.GRID_LEADER, GridScope.of(List.of(district)))) {
            List<String> grids = holder.areas().stream()
                    .filter(code ->
                            RegionCode.isValid(code) && RegionCode.of(code).level() == RegionLevel.GRID)
                    .toList();
            if (!grids.isEmpty()) {
                people.put(holder, grids);
            }
        }
        Set<String> allGrids = new TreeSet<>();
        people.values().forEach(allGrids::addAll);
        List<Scoring.Measured> measured = new ArrayList<>();
        for (GridIndicator indicator : indicators.orderedStream().toList()) {
            BigDecimal weight = weights.getOrDefault(indicator.key(), BigDecimal.ZERO);
            if (weight.signum() > 0) {
                Map<String, Double> byGrid = indicator.measure(allGrids, cycle.from(), cycle.until());
                measured.add(new Scoring.Measured(
                        indicator.key(),
                        indicator.higherIsBetter(),
                        weight,
                        perPerson(people, byGrid, indicator.zeroWithoutRecords())));
            }
        }
        List<UUID> ids = people.keySet().stream().map(Holder::id).toList();
        return new Measured(people, Scoring.score(ids, measured));
    }

    /**
     * The mean of each person's grids; a grid without records counts zero where the indicator counts records, and is
     * left out of the mean where it has no value (a person none of whose grids has a value has none either).
     */
    private static Map<UUID, Double> perPerson(
            Map<Holder, List<String>> people, Map<String, Double> byGrid, boolean zeroWithoutRecords) {
        Map<UUID, Double> values = new HashMap<>();
        people.forEach((person, grids) -> grids.stream()
                .map(grid -> zeroWithoutRecords ? byGrid.getOrDefault(grid, 0.0) : byGrid.get(grid))
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .average()
                .ifPresent(mean -> values.put(person.id(), mean)));
        return values;
    }

    /** The indicator beans by key, for the breakdown's evidence. */
    Map<String, GridIndicator> byKey() {
        Map<String, GridIndicator> byKey = new LinkedHashMap<>();
        indicators.orderedStream().forEach(indicator -> byKey.put(indicator.key(), indicator));
        return byKey;
    }
}
