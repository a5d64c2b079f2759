package org.linju.funds;

/** A line is drafted, activated once it has a performance target, and closed (by the monitoring's closing). */
public enum LineStatus {
    DRAFT,
    ACTIVE,
    CLOSED
}
