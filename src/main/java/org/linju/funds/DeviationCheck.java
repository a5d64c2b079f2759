package org.linju.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of the dual monitoring (双监控), without the database: time elapsed in a fiscal year, the execution
 * check and a target's attainment check against a tolerance in percentage points, and whether a target was missed at
 * close. All in {@link BigDecimal}, percentages to four places, rounded half-up.
 */
public final class DeviationCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final int SCALE = 4;

    /**
     * One check's result.
     *
     * @param expected what was due, in percent (time elapsed, or 100 for a target's planned value)
     * @param actual what was done, in percent (execution rate, or attainment of the planned value)
     * @param deviation {@code actual - expected} in percentage points; negative is behind
     * @param withinTolerance false when the check is behind by more than the tolerance
     */
    public record Outcome(BigDecimal expected, BigDecimal actual, BigDecimal deviation, boolean withinTolerance) {}

    private final BigDecimal tolerance;

    /** @param tolerance how many percentage points behind a check may be before it raises an alert */
    public DeviationCheck(BigDecimal tolerance) {
        this.tolerance = tolerance;
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    /**
     * The share of the fiscal year elapsed at the end of the period, counted in whole months: 3/12 at the end of
     * March; 0 before the year, 1 after it.
     */
    public static BigDecimal elapsed(int fiscalYear, YearMonth period) {
        if (period.getYear() < fiscalYear) {
            return BigDecimal.ZERO;
        }
        if (period.getYear() > fiscalYear) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(period.getMonthValue()).divide(TWELVE, 10, RoundingMode.HALF_UP);
    }

    /** Execution: money paid by the period's end against the line's amount, compared with the time elapsed. */
    public Outcome execution(long spentFen, long amountFen, BigDecimal elapsed) {
        BigDecimal expected = percent(elapsed);
        BigDecimal rate = amountFen == 0
                ? expected
                : percent(BigDecimal.valueOf(spentFen).divide(BigDecimal.valueOf(amountFen), 10, RoundingMode.HALF_UP));
        return outcome(expected, rate);
    }

    /**
     * Attainment of one target for the period: the actual against the planned value, or, without one, against the
     * target pro rata by time elapsed from the baseline (from zero without a baseline) for a higher-is-better target,
     * or the target itself for a lower-is-better one (a ceiling holds all year). Attainment is 100 % minus the
     * shortfall relative to the planned value; a better-than-planned actual counts 100 %, so only shortfalls deviate.
     */
    public Outcome attainment(
            @Nullable BigDecimal planned,
            BigDecimal actual,
            BigDecimal target,
            @Nullable BigDecimal baseline,
            boolean higherIsBetter,
            BigDecimal elapsed) {
        BigDecimal due = planned != null ? planned : due(target, baseline, higherIsBetter, elapsed);
        return outcome(HUNDRED.setScale(SCALE), attained(due, actual, higherIsBetter));
    }

    /** The target's value due by the time elapsed, when no planned value was set for the period. */
    static BigDecimal due(
            BigDecimal target, @Nullable BigDecimal baseline, boolean higherIsBetter, BigDecimal elapsed) {
        if (!higherIsBetter && baseline == null) {
            return target;
        }
        BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
        return from.add(target.subtract(from).multiply(elapsed));
    }

    /** Whether the final actual misses the target (no actual at all misses it too: no results, no excuse). */
    public static boolean missed(@Nullable BigDecimal finalActual, BigDecimal target, boolean higherIsBetter) {
        if (finalActual == null) {
            return true;
        }
        int comparison = finalActual.compareTo(target);
        return higherIsBetter ? comparison < 0 : comparison > 0;
    }

    private static BigDecimal attained(BigDecimal due, BigDecimal actual, boolean higherIsBetter) {
        BigDecimal shortfall = higherIsBetter ? due.subtract(actual) : actual.subtract(due);
        if (shortfall.signum() <= 0) {
            return HUNDRED.setScale(SCALE);
        }
        if (due.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal relative = percent(shortfall.divide(due.abs(), 10, RoundingMode.HALF_UP));
        return HUNDRED.subtract(relative).max(BigDecimal.ZERO).setScale(SCALE, RoundingMode.HALF_UP);
    }

    private Outcome outcome(BigDecimal expected, BigDecimal actual) {
        BigDecimal deviation = actual.subtract(expected);
        return new Outcome(expected, actual, deviation, deviation.compareTo(tolerance.negate()) >= 0);
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
