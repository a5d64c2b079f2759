package org.linju.workshops;

/** Whether a workshop is working; only operating workshops are drawn for inspections. */
public enum WorkshopStatus {
    OPERATING,
    SUSPENDED,
    CLOSED;

    public String messageKey() {
        return "workshops.status." + name();
    }
}
