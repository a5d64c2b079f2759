package org.linju.supervision;

/** Where a notice's follow-up stands: waiting for the fix, fix reported and waiting for the office, accepted. */
public enum NoticeState {
    OPEN,
    REPORTED,
    ACCEPTED;

    public String messageKey() {
        return "supervision.state." + name();
    }
}
