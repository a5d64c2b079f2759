package org.linju.appraisal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Money is kept in fen (分) and shown in yuan with two decimals; typed yuan become fen exactly or are refused. */
public final class Money {

    private Money() {}

    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).toPlainString();
    }

    /** Yuan as typed ("1200", "1200.5", "1200.50") in fen; more than two decimals or a negative sum is refused. */
    static long fen(@Nullable BigDecimal yuan) {
        if (yuan == null || yuan.signum() < 0 || yuan.stripTrailingZeros().scale() > 2) {
            throw new AppraisalRefused("appraisal.refused.amount");
        }
        try {
            return yuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new AppraisalRefused("appraisal.refused.amount");
        }
    }
}
