package org.linju.funds;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Fen;

/** Yuan as a form gives them, in fen, or refused in words a person understands. */
final class Yuan {

    private Yuan() {}

    /** A sum of zero or more. */
    static long fen(@Nullable BigDecimal yuan) {
        if (yuan != null && yuan.stripTrailingZeros().scale() > 2) {
            throw new FundsRefused("funds.amount.twoDecimals");
        }
        return Fen.of(yuan).orElseThrow(() -> new FundsRefused("funds.amount.invalid"));
    }

    /** A sum above zero (a payment, an allocation). */
    static long positiveFen(@Nullable BigDecimal yuan) {
        long fen = fen(yuan);
        if (fen == 0) {
            throw new FundsRefused("funds.amount.positive");
        }
        return fen;
    }
}
