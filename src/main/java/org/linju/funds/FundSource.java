package org.linju.funds;

/** Where a budget line's money comes from; labels are {@code funds.source.<NAME>} (the disclosure module's too). */
public enum FundSource {
    CENTRAL,
    PROVINCIAL,
    CITY,
    DISTRICT,
    GENERAL_BOND,
    SPECIAL_BOND,
    SELF_RAISED;

    public String messageKey() {
        return "funds.source." + name();
    }
}
