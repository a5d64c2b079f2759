package org.linju.works;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A date a project promised (commissioning in September 2024) and when it was reached. */
public record ProjectMilestone(
        UUID id,
        String name,
        @Nullable LocalDate plannedOn,
        @Nullable LocalDate actualOn) {

    public boolean lateOn(LocalDate today) {
        return actualOn == null && plannedOn != null && plannedOn.isBefore(today);
    }
}
