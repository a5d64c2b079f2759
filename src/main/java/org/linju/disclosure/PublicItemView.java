package org.linju.disclosure;

import java.math.BigDecimal;
import org.linju.shared.ExecutionRate;
import org.linju.shared.Fen;

/**
 * A published item as its public page and board show it: the item, how many questions it had and how many are
 * answered, and its addresses (the QR code's from configuration, never from the request).
 */
record PublicItemView(DisclosedItem item, Feedback.Tally tally, String pageUrl, String path) {

    /**
     * Spent as a share of the budget in percent with one decimal, rounded half up, exactly from the fen: the figure
     * the staff pages show for a budget line ({@link ExecutionRate}); an item without money shows 0.0.
     */
    public String executionPercent() {
        BigDecimal percent = ExecutionRate.percent(item.spentFen(), item.budgetFen());
        return percent == null ? "0.0" : percent.toPlainString();
    }

    /** The execution bar's value, 0–100 whole percent. */
    public int executionBar() {
        return ExecutionRate.barWidth(item.spentFen(), item.budgetFen());
    }

    /** Money in yuan with two decimals, exactly. */
    public String yuan(long fen) {
        return Fen.yuan(fen);
    }
}
