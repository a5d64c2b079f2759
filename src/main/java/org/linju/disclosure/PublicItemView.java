package org.linju.disclosure;

import org.linju.shared.Fen;

/**
 * A published item as its public page and board show it: the item, how many questions it had and how many are
 * answered, and its addresses (the QR code's from configuration, never from the request).
 */
record PublicItemView(DisclosedItem item, Feedback.Tally tally, String pageUrl, String path) {

    /** Spent as a share of the budget, 0–100 (whole percent, rounded down; never above 100 on the bar). */
    public int executionPercent() {
        if (item.budgetFen() <= 0) {
            return 0;
        }
        return (int) Math.min(100, item.spentFen() * 100 / item.budgetFen());
    }

    /** Money in yuan with two decimals, exactly. */
    public String yuan(long fen) {
        return Fen.yuan(fen);
    }
}
