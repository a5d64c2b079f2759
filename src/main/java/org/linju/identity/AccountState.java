package org.linju.identity;

/** The states an account list can be filtered by. Labels are {@code account.state.NAME}. */
public enum AccountState {
    ENABLED,
    DISABLED,
    /** Sign-ins wait after wrong passwords ({@link LoginFailures}); an admin may unlock them. */
    LOCKED,
    /** Opened by an import, no temporary password issued yet. */
    AWAITING_PASSWORD
}
