package org.linju.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Splits a sum of fen by a rule, exactly: each worker's share is worked out as a fraction, rounded down to the fen, and
 * the fen left over go one each to the largest remainders (ties to the order the workers were given in), so the shares
 * always add up to the total and never above it.
 */
final class PaySplit {

    private static final MathContext EXACT = new MathContext(34);

    private PaySplit() {}

    /**
     * @param basis per worker the score (BASE_AND_SCORE), the points (POINTS) or the amount in yuan (AMOUNTS)
     * @return per worker the amount in fen, in the order of {@code basis}
     */
    static Map<UUID, Long> split(PayRule rule, long totalFen, int basePercent, Map<UUID, BigDecimal> basis) {
        if (basis.isEmpty()) {
            return Map.of();
        }
        return switch (rule) {
            case AMOUNTS -> amounts(basis);
            case POINTS -> largestRemainder(totalFen, weighted(BigDecimal.valueOf(totalFen), basis));
            case BASE_AND_SCORE -> largestRemainder(totalFen, baseAndScore(totalFen, basePercent, basis));
        };
    }

    private static Map<UUID, Long> amounts(Map<UUID, BigDecimal> yuan) {
        Map<UUID, Long> fen = new LinkedHashMap<>();
        yuan.forEach((worker, amount) -> fen.put(
                worker,
                amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact()));
        return fen;
    }

    private static Map<UUID, BigDecimal> baseAndScore(long totalFen, int basePercent, Map<UUID, BigDecimal> scores) {
        BigDecimal total = BigDecimal.valueOf(totalFen);
        BigDecimal base = total.multiply(BigDecimal.valueOf(basePercent)).divide(BigDecimal.valueOf(100), EXACT);
        BigDecimal each = base.divide(BigDecimal.valueOf(scores.size()), EXACT);
        Map<UUID, BigDecimal> byScore = weighted(total.subtract(base), scores);
        Map<UUID, BigDecimal> exact = new LinkedHashMap<>();
        byScore.forEach((worker, share) -> exact.put(worker, share.add(each)));
        return exact;
    }

    /** The sum split in proportion to the weights; equally when every weight is zero. */
    private static Map<UUID, BigDecimal> weighted(BigDecimal sum, Map<UUID, BigDecimal> weights) {
        BigDecimal all = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<UUID, BigDecimal> exact = new LinkedHashMap<>();
        weights.forEach((worker, weight) -> exact.put(
                worker,
                all.signum() == 0
                        ? sum.divide(BigDecimal.valueOf(weights.size()), EXACT)
                        : sum.multiply(weight).divide(all, EXACT)));
        return exact;
    }

    private static Map<UUID, Long> largestRemainder(long totalFen, Map<UUID, BigDecimal> exact) {
        Map<UUID, Long> fen = new LinkedHashMap<>();
        exact.forEach((worker, share) ->
                fen.put(worker, share.setScale(0, RoundingMode.FLOOR).longValueExact()));
        long left = totalFen - fen.values().stream().mapToLong(Long::longValue).sum();
        List<UUID> byRemainder = exact.keySet().stream()
                .sorted(Comparator.comparing(
                                (UUID worker) -> exact.get(worker).subtract(BigDecimal.valueOf(fen.get(worker))))
                        .reversed())
                .toList();
        for (int i = 0; i < left; i++) {
            UUID worker = byRemainder.get(i % byRemainder.size());
            fen.merge(worker, 1L, Long::sum);
        }
        return fen;
    }
}
