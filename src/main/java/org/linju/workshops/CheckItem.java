package org.linju.workshops;

import java.util.List;

/** An item of the inspection checklist: the three standing ones and free items the team adds with a label. */
public enum CheckItem {
    DAILY_OPERATION,
    MONEY_FLOWS,
    WAGES,
    FREE;

    /** The items every inspection checks. */
    public static final List<CheckItem> STANDING = List.of(DAILY_OPERATION, MONEY_FLOWS, WAGES);

    public String messageKey() {
        return "workshops.check." + name();
    }
}
