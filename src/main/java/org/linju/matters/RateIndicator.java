package org.linju.matters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;
import org.linju.shared.GridIndicator;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One of the three rates (三率) of a grid over a cycle, in per cent, as the metrics page computes it
 * (docs/codes-and-metrics.md). A grid with nothing due (or nothing rated) failed nothing and counts 100. Its evidence is
 * the matters the rate counted, each marked ✓ (counted for the grid) or ✗.
 */
final class RateIndicator implements GridIndicator {

    /** The three rates: the line's value, and which matters the rate counts and which of them count for the grid. */
    enum Rate {
        RESPONSE(
                "matters.response",
                MatterMetrics.Line::responseRate,
                "(m.accepted_at is not null or m.accept_due <= :now)",
                "coalesce(m.accepted_at <= m.accept_due, false)"),
        RESOLUTION(
                "matters.resolution",
                MatterMetrics.Line::resolutionRate,
                "(m.resolved_at is not null or m.resolve_due <= :now)",
                "m.stage in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF')"),
        SATISFACTION(
                "matters.satisfaction",
                MatterMetrics.Line::satisfactionRate,
                "m.rating is not null",
                "m.rating in ('SATISFIED', 'BASICALLY_SATISFIED')");

        private final String key;
        private final Function<MatterMetrics.Line, @Nullable Double> rate;
        private final String counted;
        private final String good;

        Rate(String key, Function<MatterMetrics.Line, @Nullable Double> rate, String counted, String good) {
            this.key = key;
            this.rate = rate;
            this.counted = counted;
            this.good = good;
        }
    }

    private final Rate rate;
    private final MatterMetrics metrics;
    private final MatterEvidence evidence;

    RateIndicator(Rate rate, MatterMetrics metrics, JdbcClient jdbc, Clock clock) {
        this.rate = rate;
        this.metrics = metrics;
        this.evidence = new MatterEvidence(jdbc, clock);
    }

    @Override
    public String key() {
        return rate.key;
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public Map<String, Double> measure(Collection<String> gridCodes, LocalDate from, LocalDate until) {
        Map<String, Double> values = new HashMap<>();
        gridCodes.forEach(grid -> values.put(grid, 100.0));
        GridScope grids = GridScope.of(gridCodes.stream().map(RegionCode::of).toList());
        for (MatterMetrics.Line line : metrics.by(MatterMetrics.Breakdown.GRID, grids, from, until.minusDays(1))) {
            Double value = rate.rate.apply(line);
            if (value != null && values.containsKey(line.code())) {
                values.put(line.code(), 100 * value);
            }
        }
        return values;
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return evidence.of(gridCode, from, until, limit, rate.counted, rate.good);
    }
}
