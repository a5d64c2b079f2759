package org.linju.funds;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Fen;

/** Yuan as a form gives them, in fen, or refused in words a person understands. */
final class Yuan {

    /**
     * The most one amount may be: 100 billion yuan, far above any line, and low enough that a line's sums (spent plus
     * a payment, allocated plus an allocation) stay well inside the database's bigint.
     */
    static final long MAX_FEN = 10_000_000_000_000L;

    private Yuan() {}

    /** A sum of zero or more. */
    static long fen(@Nullable BigDecimal yuan) {
        if (yuan != null && yuan.stripTrailingZeros().scale() > 2) {
            throw new FundsRefused("funds.amount.twoDecimals");
        }
        if (yuan != null && yuan.signum() > 0 && yuan.movePointRight(2).compareTo(BigDecimal.valueOf(MAX_FEN)) > 0) {
            throw new FundsRefused("funds.amount.tooLarge");
        }
        return Fen.of(yuan).orElseThrow(() -> new FundsRefused("funds.amount.invalid"));
    }

    /** Fen that came in already converted (from another module), held to the same bounds. */
    static long checkedFen(long fen) {
        if (fen > MAX_FEN) {
            throw new FundsRefused("funds.amount.tooLarge");
        }
        if (fen <= 0) {
            throw new FundsRefused("funds.amount.positive");
        }
        return fen;
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
