package org.linju.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The execution rate of a line (预算执行率): paid to date ÷ the line's current amount, as a percentage with one decimal
 * rounded half up, computed from fen so that no floating point enters. A line of no money has no rate.
 */
public final class ExecutionRate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExecutionRate() {}

    public static @Nullable BigDecimal percent(long spentFen, long amountFen) {
        if (amountFen <= 0) {
            return null;
        }
        return BigDecimal.valueOf(spentFen)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(amountFen), 1, RoundingMode.HALF_UP);
    }

    /** The width of the execution bar, 0 to 100 whole percent. */
    public static int barWidth(long spentFen, long amountFen) {
        BigDecimal percent = percent(spentFen, amountFen);
        return percent == null
                ? 0
                : Math.min(100, percent.setScale(0, RoundingMode.DOWN).intValue());
    }
}
