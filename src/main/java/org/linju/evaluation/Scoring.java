package org.linju.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How raw indicator values become a score from 0 to 100, a named policy free of storage (docs/codes-and-metrics.md).
 *
 * <p>Min–max across the cycle's rated people: on each indicator the best value scores 100 and the worst 0, the others
 * in proportion (reversed where less is better); when everybody has the same value, everybody scores 100 (nobody can
 * be told apart, so nobody loses points). Min–max rather than rank, because it keeps the distances a person can check
 * by hand (30 visits where the best made 40 and the fewest 10 scale to 66.7) and a small lead counts only as much as it is
 * worth. The measured score is the weighted mean of the normalised values over the indicators in use.
 *
 * <p>A person without a value on an indicator (no records to take a share or a mean of) is left out of its min and max
 * and that indicator's weight is spread over their other indicators: their score is the weighted mean over what could
 * be measured. A made-up value would not be neutral: 0 or 100 ranks an idle grid first or last, and 50 drags good work
 * down and lifts poor work up; spreading the weight neither rewards nor punishes the missing records.
 */
final class Scoring {

    /** One indicator as measured for the cycle: its value per person; a person left out has no value. */
    record Measured(String key, boolean higherIsBetter, BigDecimal weight, Map<UUID, Double> values) {}

    /** One indicator's part in one person's score; value and normalised are null when the person had no records. */
    record Line(
            String key, @Nullable Double value, @Nullable Double normalised, BigDecimal weight, double contribution) {}

    private Scoring() {}

    /** Each person's lines, indicator by indicator, in the order given. */
    static Map<UUID, List<Line>> score(List<UUID> people, List<Measured> indicators) {
        Map<String, DoubleSummaryStatistics> ranges = new HashMap<>();
        indicators.forEach(indicator -> ranges.put(
                indicator.key(),
                indicator.values().values().stream().mapToDouble(v -> v).summaryStatistics()));
        Map<UUID, List<Line>> lines = new HashMap<>();
        for (UUID person : people) {
            double ownWeight = indicators.stream()
                    .filter(indicator -> indicator.values().containsKey(person))
                    .mapToDouble(indicator -> indicator.weight().doubleValue())
                    .sum();
            List<Line> own = new ArrayList<>();
            for (Measured indicator : indicators) {
                own.add(line(person, indicator, ranges.get(indicator.key()), ownWeight));
            }
            lines.put(person, own);
        }
        return lines;
    }

    private static Line line(UUID person, Measured indicator, DoubleSummaryStatistics range, double ownWeight) {
        Double value = indicator.values().get(person);
        if (value == null) {
            return new Line(indicator.key(), null, null, indicator.weight(), 0);
        }
        double normalised = normalise(value, range.getMin(), range.getMax(), indicator.higherIsBetter());
        double share = ownWeight <= 0 ? 0 : indicator.weight().doubleValue() / ownWeight;
        return new Line(indicator.key(), value, normalised, indicator.weight(), normalised * share);
    }

    static double normalise(double value, double min, double max, boolean higherIsBetter) {
        if (max - min < 1e-9) {
            return 100;
        }
        double scaled = 100 * (value - min) / (max - min);
        return higherIsBetter ? scaled : 100 - scaled;
    }

    /** The measured score: the contributions added, to two decimals as shown. */
    static BigDecimal measured(List<Line> lines) {
        double sum = lines.stream().mapToDouble(Line::contribution).sum();
        return BigDecimal.valueOf(sum).setScale(2, RoundingMode.HALF_UP);
    }
}
