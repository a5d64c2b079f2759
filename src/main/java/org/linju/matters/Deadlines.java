package org.linju.matters;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The clock changes a step makes; null leaves a value as it is. A new resolution limit (triage, an approved
 * extension) lets the matter escalate again when that one passes.
 */
record Deadlines(
        @Nullable Instant acceptDue,
        @Nullable Instant resolveDue,
        @Nullable Instant acceptedAt,
        @Nullable Instant resolvedAt,
        boolean clearAccepted,
        boolean clearResolved) {

    static final Deadlines NONE = new Deadlines(null, null, null, null);

    Deadlines(
            @Nullable Instant acceptDue,
            @Nullable Instant resolveDue,
            @Nullable Instant acceptedAt,
            @Nullable Instant resolvedAt) {
        this(acceptDue, resolveDue, acceptedAt, resolvedAt, false, false);
    }
}
