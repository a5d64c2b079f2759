package org.linju.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The split adds up to the total to the fen, never above it, and follows the rule. */
class PaySplitTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    @Test
    void threeEqualScoresShareAnOddSumToTheFen() {
        Map<UUID, Long> shares = PaySplit.split(PayRule.BASE_AND_SCORE, 100_00, 40, basis(80, 80, 80));
        // 100 yuan in three: 33.34, 33.33, 33.33 (the first keeps the leftover fen: equal remainders, given order)
        assertThat(shares).containsExactly(Map.entry(a, 3334L), Map.entry(b, 3333L), Map.entry(c, 3333L));
    }

    @Test
    void pointsSplitInProportionAndZeroPointsGetNothing() {
        assertThat(PaySplit.split(PayRule.POINTS, 900_00, 0, basis(2, 1, 0)))
                .containsExactly(Map.entry(a, 600_00L), Map.entry(b, 300_00L), Map.entry(c, 0L));
    }

    @Test
    void typedAmountsAreKeptToTheFen() {
        Map<UUID, BigDecimal> yuan = new LinkedHashMap<>();
        yuan.put(a, new BigDecimal("123.45"));
        yuan.put(b, new BigDecimal("0.05"));
        assertThat(PaySplit.split(PayRule.AMOUNTS, 0, 0, yuan)).containsExactly(Map.entry(a, 12345L), Map.entry(b, 5L));
    }

    @Test
    void anyScoresAndBaseShareAddUpExactlyToTheTotal() {
        Random random = new Random(17);
        for (int i = 0; i < 500; i++) {
            long total = random.nextInt(10_000_00);
            Map<UUID, BigDecimal> scores = new LinkedHashMap<>();
            for (int w = 1 + random.nextInt(7); w > 0; w--) {
                scores.put(UUID.randomUUID(), BigDecimal.valueOf(random.nextInt(1001), 1));
            }
            Map<UUID, Long> shares = PaySplit.split(PayRule.BASE_AND_SCORE, total, random.nextInt(101), scores);
            assertThat(shares.values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(total);
            assertThat(shares.values()).allSatisfy(fen -> assertThat(fen).isNotNegative());
        }
    }

    private Map<UUID, BigDecimal> basis(int first, int second, int third) {
        Map<UUID, BigDecimal> basis = new LinkedHashMap<>();
        basis.put(a, BigDecimal.valueOf(first));
        basis.put(b, BigDecimal.valueOf(second));
        basis.put(c, BigDecimal.valueOf(third));
        return basis;
    }
}
