package org.linju.shared;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Money kept exactly in fen (分), shown in yuan with two decimals; never a floating-point number. */
public final class Fen {

    private Fen() {}

    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).toPlainString();
    }

    /**
     * Yuan as typed ({@code 1200}, {@code 1200.5}, {@code 1200.50}) in fen; empty for nothing, a negative sum, more than
     * two decimals or more than a long holds, so each caller refuses in its own words.
     */
    public static OptionalLong of(@Nullable BigDecimal yuan) {
        if (yuan == null || yuan.signum() < 0 || yuan.stripTrailingZeros().scale() > 2) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(yuan.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }
}
