package org.linju.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.linju.evaluation.ForcedDistribution.Entry;
import org.linju.evaluation.ForcedDistribution.Placed;

/** The 1:3:5:1 rounding for every group size from 1 to 300, and ties that never split across a grade boundary. */
class ForcedDistributionTest {

    @Example
    void theDemoDistrictsGridLeadersSplitTwentyOneSixtyTwoOneHundredFourTwentyOne() {
        assertThat(ForcedDistribution.quotas(208)).containsExactlyEntriesOf(quotaMap(21, 62, 104, 21));
        assertThat(ForcedDistribution.quotas(10)).containsExactlyEntriesOf(quotaMap(1, 3, 5, 1));
        assertThat(ForcedDistribution.quotas(1)).containsExactlyEntriesOf(quotaMap(0, 0, 1, 0));
        assertThat(ForcedDistribution.quotas(5)).containsExactlyEntriesOf(quotaMap(0, 2, 3, 0));
    }

    @Example
    void everyGroupSizeFromOneToThreeHundredGetsLargestRemainderQuotas() {
        for (int size = 1; size <= 300; size++) {
            Map<Grade, Integer> quotas = ForcedDistribution.quotas(size);
            assertThat(quotas.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(size);
            for (Grade grade : Grade.values()) {
                double exact = size * grade.tenths() / 10.0;
                assertThat(quotas.get(grade)).isBetween((int) Math.floor(exact), (int) Math.ceil(exact));
            }
            assertLargestRemaindersWereRoundedUp(size, quotas);
        }
    }

    @Example
    void distinctScoresFillEveryQuotaExactlyInScoreOrder() {
        for (int size = 1; size <= 300; size++) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                entries.add(entry(i, (i * 7919) % size, 0));
            }
            List<Placed> placed = ForcedDistribution.place(entries);
            assertThat(counts(placed)).isEqualTo(ForcedDistribution.quotas(size));
            assertThat(placed)
                    .extracting(Placed::rank)
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, size).boxed().toList());
            assertGradesFollowTheOrder(placed);
        }
    }

    @Property(tries = 400)
    void tiedPeopleShareRankAndGradeAndOnlyTiesOverflowAQuota(@ForAll("groups") List<Entry> entries) {
        List<Placed> placed = ForcedDistribution.place(entries);
        assertThat(placed).hasSize(entries.size());
        assertGradesFollowTheOrder(placed);
        for (int i = 1; i < placed.size(); i++) {
            Placed before = placed.get(i - 1);
            Placed here = placed.get(i);
            boolean tied = before.entry().total().compareTo(here.entry().total()) == 0
                    && before.entry().measured().compareTo(here.entry().measured()) == 0;
            assertThat(here.rank()).isEqualTo(tied ? before.rank() : i + 1);
            if (tied) {
                assertThat(here.grade()).isEqualTo(before.grade());
            }
        }
        assertOnlyTiesOverflow(placed);
    }

    @Property(tries = 100)
    void anEqualTotalIsBrokenByTheMeasuredScore(@ForAll @IntRange(min = 2, max = 300) int size) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            entries.add(entry(i, 50, i));
        }
        List<Placed> placed = ForcedDistribution.place(entries);
        assertThat(placed.get(0).entry().measured()).isEqualByComparingTo(BigDecimal.valueOf(size - 1));
        assertThat(counts(placed)).isEqualTo(ForcedDistribution.quotas(size));
    }

    @Provide
    Arbitrary<List<Entry>> groups() {
        return Arbitraries.integers()
                .between(1, 300)
                .flatMap(size -> Arbitraries.integers()
                        .between(0, Math.max(1, size / 4))
                        .list()
                        .ofSize(size)
                        .map(scores -> IntStream.range(0, size)
                                .mapToObj(i -> entry(i, scores.get(i), scores.get(i) % 3))
                                .toList()));
    }

    private static void assertLargestRemaindersWereRoundedUp(int size, Map<Grade, Integer> quotas) {
        for (Grade up : Grade.values()) {
            if (quotas.get(up) * 10 <= size * up.tenths()) {
                continue;
            }
            for (Grade down : Grade.values()) {
                if (quotas.get(down) * 10 == size * down.tenths() - size * down.tenths() % 10) {
                    assertThat(size * up.tenths() % 10).isGreaterThanOrEqualTo(size * down.tenths() % 10);
                }
            }
        }
    }

    private static void assertGradesFollowTheOrder(List<Placed> placed) {
        for (int i = 1; i < placed.size(); i++) {
            assertThat(placed.get(i).grade())
                    .isGreaterThanOrEqualTo(placed.get(i - 1).grade());
        }
    }

    /** Past the quota boundary of a grade, only people tied with the last one inside it keep that grade. */
    private static void assertOnlyTiesOverflow(List<Placed> placed) {
        Map<Grade, Integer> quotas = ForcedDistribution.quotas(placed.size());
        int end = 0;
        for (Grade grade : Grade.values()) {
            end += quotas.get(grade);
            for (int i = 0; i < placed.size(); i++) {
                boolean inside = placed.get(i).grade().compareTo(grade) <= 0;
                if (i < end) {
                    assertThat(inside)
                            .as("position %d within %s's quota", i, grade)
                            .isTrue();
                } else if (inside) {
                    assertThat(end).isPositive();
                    assertThat(placed.get(i).rank())
                            .isEqualTo(placed.get(end - 1).rank());
                }
            }
        }
    }

    private static Map<Grade, Integer> counts(List<Placed> placed) {
        Map<Grade, Integer> counts = quotaMap(0, 0, 0, 0);
        placed.forEach(p -> counts.merge(p.grade(), 1, Integer::sum));
        return counts;
    }

    private static Map<Grade, Integer> quotaMap(int good, int fair, int average, int poor) {
        Map<Grade, Integer> map = new EnumMap<>(Grade.class);
        map.put(Grade.GOOD, good);
        map.put(Grade.FAIR, fair);
        map.put(Grade.AVERAGE, average);
        map.put(Grade.POOR, poor);
        return map;
    }

    private static Entry entry(int i, int total, int measured) {
        return new Entry(
                new UUID(0, i), "user-%03d".formatted(i), BigDecimal.valueOf(total), BigDecimal.valueOf(measured));
    }
}
