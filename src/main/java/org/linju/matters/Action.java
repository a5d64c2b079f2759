package org.linju.matters;

/**
 * What staff can do to a matter. Labels are {@code action.NAME} in the message bundles. Voiding, deferring and
 * extending only file a request; a second person approves it ({@link #APPROVE}) or turns it down
 * ({@link #REJECT_REQUEST}).
 */
public enum Action {
    TRIAGE,
    DISPATCH,
    ACCEPT,
    RETURN,
    START,
    RESOLVE,
    REJECT_RESOLUTION,
    VERIFY,
    STRIKE_OFF,
    VOID,
    DEFER,
    EXTEND,
    RESUME,
    APPROVE,
    REJECT_REQUEST,
    MERGE;

    /** Whether the action files a request for approval instead of changing the matter at once. */
    boolean needsApproval() {
        return this == VOID || this == DEFER || this == EXTEND;
    }
}
