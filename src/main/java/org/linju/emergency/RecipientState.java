package org.linju.emergency;

/** Where a directive stands for one person. Labels are {@code directive.state.NAME}. */
public enum RecipientState {
    SENT,
    READ,
    ACKNOWLEDGED,
    UNREACHABLE
}
