package org.linju.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The execution rate (预算执行率): paid to date ÷ the current amount, as a percentage with one decimal rounded half up,
 * computed from fen so that no floating point enters. A sum of no money has no rate. Kept here, not in funds, so that
 * staff pages (funds) and the public pages (disclosure, which funds depends on) show one and the same number.
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
