package org.linju.appraisal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Fen;

/** Money is kept in fen (分) and shown in yuan with two decimals; typed yuan become fen exactly or are refused. */
public final class Money {

    private Money() {}

    public static String yuan(long fen) {
        return Fen.yuan(fen);
    }

    /** Yuan as typed ("1200", "1200.5", "1200.50") in fen; more than two decimals or a negative sum is refused. */
    static long fen(@Nullable BigDecimal yuan) {
        return Fen.of(yuan).orElseThrow(() -> new AppraisalRefused("appraisal.refused.amount"));
    }
}
