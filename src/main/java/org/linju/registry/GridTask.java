package org.linju.registry;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A task that went through to a grid, as the grid's tasks page shows it. */
public record GridTask(
        String gridCode,
        String departmentCode,
        @Nullable String itemCode,
        String title,
        LocalDate deadline,
        TaskOutcome outcome,
        String assignedBy,
        Instant assignedAt) {}
