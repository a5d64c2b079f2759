package org.linju.agenda;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A step of an item with its planned and actual dates and its weight in the item's progress. */
public record Milestone(
        UUID id,
        String title,
        LocalDate plannedOn,
        @Nullable LocalDate doneOn,
        int weight) {

    public boolean done() {
        return doneOn != null;
    }

    /** Planned for a day already past without being done. */
    public boolean lateOn(LocalDate today) {
        return doneOn == null && plannedOn.isBefore(today);
    }
}
