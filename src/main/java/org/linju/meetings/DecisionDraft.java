package org.linju.meetings;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A decision as the meeting takes it: a matter for the matters workflow (a grid of the meeting's area and a category)
 * or a task for an owner picked from the register; either way with a deadline, and optionally the annual big thing of
 * the community it serves.
 */
public record DecisionDraft(
        String text,
        Decision.Outcome outcome,
        @Nullable String gridCode,
        @Nullable String categoryCode,
        @Nullable UUID ownerMemberId,
        LocalDate dueDate,
        @Nullable UUID annualItemId) {

    /** A decision that serves no annual big thing. */
    public DecisionDraft(
            String text,
            Decision.Outcome outcome,
            @Nullable String gridCode,
            @Nullable String categoryCode,
            @Nullable UUID ownerMemberId,
            LocalDate dueDate) {
        this(text, outcome, gridCode, categoryCode, ownerMemberId, dueDate, null);
    }
}
