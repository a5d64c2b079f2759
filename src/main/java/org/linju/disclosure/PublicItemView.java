package org.linju.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.linju.shared.Fen;

/**
 * A published item as its public page and board show it: the item, how many questions it had and how many are
 * answered, and its addresses (the QR code's from configuration, never from the request).
 */
record PublicItemView(DisclosedItem item, Feedback.Tally tally, String pageUrl, String path) {

    /**
     * Spent as a share of the budget in percent with one decimal, rounded half up, exactly from the fen: the same
     * figure the staff pages show for a budget line.
     */
    public String executionPercent() {
        return execution().toPlainString();
    }

    /** The execution bar's value, 0–100 whole percent (rounded down; never above 100 on the bar). */
    public int executionBar() {
        return Math.min(100, execution().setScale(0, RoundingMode.DOWN).intValue());
    }

    private BigDecimal execution() {
        if (item.budgetFen() <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(item.spentFen())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(item.budgetFen()), 1, RoundingMode.HALF_UP);
    }

    /** Money in yuan with two decimals, exactly. */
    public String yuan(long fen) {
        return Fen.yuan(fen);
    }
}
