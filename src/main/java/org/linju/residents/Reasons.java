package org.linju.residents;

import org.jspecify.annotations.Nullable;

/** The one rule for reasons that go into the audit log with a reveal, export, subject access or erasure. */
final class Reasons {

    static final int MIN_LENGTH = 4;

    private Reasons() {}

    /** The stripped reason, or {@link ReasonRequired} when it is missing or too short. */
    static String required(@Nullable String reason) {
        if (reason == null || reason.strip().length() < MIN_LENGTH) {
            throw new ReasonRequired();
        }
        return reason.strip();
    }
}
