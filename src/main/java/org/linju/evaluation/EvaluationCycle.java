package org.linju.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Bimonth;

/** A district's computed two-month cycle: when it was computed, until when appeals are taken, whether it is locked. */
public record EvaluationCycle(
        UUID id,
        String district,
        Bimonth cycle,
        Instant computedAt,
        String computedBy,
        LocalDate appealsUntil,
        @Nullable Instant lockedAt,
        @Nullable String lockedBy) {

    public boolean locked() {
        return lockedAt != null;
    }
}
