package org.linju.workshops;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a finding requires to be put right, by whom (a unit or post) and by when; done with evidence. */
public record Rectification(
        UUID id,
        UUID findingId,
        UUID workshopId,
        String task,
        String owner,
        LocalDate deadline,
        @Nullable LocalDate doneOn,
        @Nullable String evidence) {

    public boolean done() {
        return doneOn != null;
    }

    /** Past its deadline and not done by then (a late completion stays overdue in the record). */
    public boolean overdue(LocalDate today) {
        return doneOn == null ? deadline.isBefore(today) : deadline.isBefore(doneOn);
    }
}
