package org.linju.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The dual monitoring's arithmetic on a fixture checked by hand (tolerance 10 percentage points):
 *
 * <ul>
 *   <li>Line of 200,000.00 yuan (20,000,000 fen) in fiscal year 2026, checked for March: time elapsed 3/12 = 25 %.
 *       Paid 30,000.00 yuan: 15 %, deviation −10 points, exactly at the tolerance, so within. Paid 29,000.00 yuan:
 *       14.5 %, −10.5 points, behind.
 *   <li>Target "households served", higher is better, planned 40 for the month, actual 30: short by 10 of 40 = 25 %,
 *       attainment 75 %, −25 points, behind.
 *   <li>Same kind of target without a planned value, target 120, no baseline, March: due 120 × 3/12 = 30; actual 24
 *       short by 6 of 30 = 20 %, attainment 80 %, behind.
 *   <li>Satisfaction, baseline 85, target 90, no planned value, June (6/12): due 85 + 5 × 0.5 = 87.5; actual 86 short
 *       by 1.5 of 87.5 = 1.7143 %, attainment 98.2857 %, within.
 *   <li>Days to repair, lower is better, target 15, no planned value nor baseline: the ceiling 15 holds all year;
 *       actual 18 is 3 over 15 = 20 % short, attainment 80 %, behind; actual 12 is better, 100 %.
 *   <li>Unit cost, lower is better, planned 500, actual 540: 40 over 500 = 8 %, attainment 92 %, within.
 * </ul>
 */
class DeviationCheckTest {

    private final DeviationCheck check = new DeviationCheck(BigDecimal.TEN);
    private final BigDecimal march = DeviationCheck.elapsed(2026, YearMonth.of(2026, 3));
    private final BigDecimal june = DeviationCheck.elapsed(2026, YearMonth.of(2026, 6));

    @Test
    void executionIsComparedWithTheTimeElapsedAndTheToleranceIsInclusive() {
        DeviationCheck.Outcome atTolerance = check.execution(3_000_000, 20_000_000, march);
        assertThat(atTolerance.expected()).isEqualByComparingTo("25");
        assertThat(atTolerance.actual()).isEqualByComparingTo("15");
        assertThat(atTolerance.deviation()).isEqualByComparingTo("-10");
        assertThat(atTolerance.withinTolerance()).isTrue();

        DeviationCheck.Outcome behind = check.execution(2_900_000, 20_000_000, march);
        assertThat(behind.actual()).isEqualByComparingTo("14.5");
        assertThat(behind.deviation()).isEqualByComparingTo("-10.5");
        assertThat(behind.withinTolerance()).isFalse();

        assertThat(check.execution(20_000_000, 20_000_000, march).withinTolerance())
                .as("spending ahead of time is no shortfall")
                .isTrue();
    }

    @Test
    void timeElapsedCountsWholeMonthsOfTheFiscalYear() {
        assertThat(march).isEqualByComparingTo("0.25");
        assertThat(DeviationCheck.elapsed(2026, YearMonth.of(2026, 9))).isEqualByComparingTo("0.75");
        assertThat(DeviationCheck.elapsed(2026, YearMonth.of(2025, 12))).isEqualByComparingTo("0");
        assertThat(DeviationCheck.elapsed(2026, YearMonth.of(2027, 1))).isEqualByComparingTo("1");
    }

    @Test
    void attainmentOfAHigherIsBetterTargetAgainstThePlannedValueOrProRata() {
        DeviationCheck.Outcome planned =
                check.attainment(new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("120"), null, true, march);
        assertThat(planned.actual()).isEqualByComparingTo("75");
        assertThat(planned.deviation()).isEqualByComparingTo("-25");
        assertThat(planned.withinTolerance()).isFalse();

        DeviationCheck.Outcome proRata =
                check.attainment(null, new BigDecimal("24"), new BigDecimal("120"), null, true, march);
        assertThat(proRata.actual()).isEqualByComparingTo("80");
        assertThat(proRata.withinTolerance()).isFalse();

        DeviationCheck.Outcome fromBaseline =
                check.attainment(null, new BigDecimal("86"), new BigDecimal("90"), new BigDecimal("85"), true, june);
        assertThat(fromBaseline.actual()).isEqualByComparingTo("98.2857");
        assertThat(fromBaseline.withinTolerance()).isTrue();
    }

    @Test
    void attainmentOfALowerIsBetterTargetCountsExcessAsShortfall() {
        DeviationCheck.Outcome slow =
                check.attainment(null, new BigDecimal("18"), new BigDecimal("15"), null, false, march);
        assertThat(slow.actual()).isEqualByComparingTo("80");
        assertThat(slow.withinTolerance()).isFalse();

        assertThat(check.attainment(null, new BigDecimal("12"), new BigDecimal("15"), null, false, march)
                        .actual())
                .isEqualByComparingTo("100");

        DeviationCheck.Outcome cost = check.attainment(
                new BigDecimal("500"), new BigDecimal("540"), new BigDecimal("480"), null, false, june);
        assertThat(cost.actual()).isEqualByComparingTo("92");
        assertThat(cost.deviation()).isEqualByComparingTo("-8");
        assertThat(cost.withinTolerance()).isTrue();
    }

    @Test
    void aTargetIsMissedAtCloseByItsFinalActualOrForWantOfOne() {
        assertThat(DeviationCheck.missed(null, BigDecimal.ONE, true)).isTrue();
        assertThat(DeviationCheck.missed(new BigDecimal("119"), new BigDecimal("120"), true))
                .isTrue();
        assertThat(DeviationCheck.missed(new BigDecimal("120"), new BigDecimal("120"), true))
                .isFalse();
        assertThat(DeviationCheck.missed(new BigDecimal("15"), new BigDecimal("15"), false))
                .isFalse();
        assertThat(DeviationCheck.missed(new BigDecimal("15.1"), new BigDecimal("15"), false))
                .isTrue();
    }
}
