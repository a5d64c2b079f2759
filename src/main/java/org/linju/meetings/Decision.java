package org.linju.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A decision of a meeting: handed to the matters workflow ({@code trackingCode}, done when the matter is struck off)
 * or a task for an owner picked from the register; done on time when done by the end of its due day.
 *
 * @param annualItemId the annual big thing (年度10件大事) the decision serves, if one was picked
 * @param annualItemTitle that item's title as it stood when the decision was taken
 */
public record Decision(
        UUID id,
        UUID meetingId,
        String text,
        Outcome outcome,
        @Nullable String gridCode,
        @Nullable UUID matterId,
        @Nullable String trackingCode,
        @Nullable String ownerName,
        LocalDate dueDate,
        @Nullable String progress,
        @Nullable Instant doneAt,
        @Nullable UUID annualItemId,
        @Nullable String annualItemTitle) {

    /** What a decision becomes. Labels are {@code meeting.outcome.NAME}. */
    public enum Outcome {
        MATTER,
        TASK
    }

    public boolean done() {
        return doneAt != null;
    }
}
