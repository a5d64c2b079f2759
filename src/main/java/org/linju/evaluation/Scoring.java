package org.linju.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How raw indicator values become a score from 0 to 100, a named policy free of storage (docs/codes-and-metrics.md).
 *
 * <p>Min–max across the cycle's rated people: on each indicator the best value scores 100 and the worst 0, the others
 * in proportion (reversed where less is better); when everybody has the same value, everybody scores 100 (nobody can
 * be told apart, so nobody loses points). Min–max rather than rank, because it keeps the distances a person can check
 * by hand (30 visits where the best made 40 and the fewest 10 scale to 66.7) and a small lead counts only as much as it is
 * worth. The measured score is the weighted mean of the normalised values over the indicators in use.
 */
final class Scoring {

    /** One indicator as measured for the cycle: its value per person (a person left out has zero). */
    record Measured(String key, boolean higherIsBetter, BigDecimal weight, Map<UUID, Double> values) {}

    /** One indicator's part in one person's score. */
    record Line(String key, double value, double normalised, BigDecimal weight, double contribution) {}

    private Scoring() {}

    /** Each person's lines, indicator by indicator, in the order given. */
    static Map<UUID, List<Line>> score(List<UUID> people, List<Measured> indicators) {
        BigDecimal totalWeight = indicators.stream().map(Measured::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<UUID, List<Line>> lines = new HashMap<>();
        people.forEach(person -> lines.put(person, new ArrayList<>()));
        for (Measured indicator : indicators) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (UUID person : people) {
                double value = indicator.values().getOrDefault(person, 0.0);
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
            for (UUID person : people) {
                double value = indicator.values().getOrDefault(person, 0.0);
                double normalised = normalise(value, min, max, indicator.higherIsBetter());
                double share =
                        totalWeight.signum() == 0 ? 0 : indicator.weight().doubleValue() / totalWeight.doubleValue();
                lines.get(person)
                        .add(new Line(indicator.key(), value, normalised, indicator.weight(), normalised * share));
            }
        }
        return lines;
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
