package org.linju.registry;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One filing in an item's history, as kept: nothing in it is ever changed afterwards. */
public record Filing(
        long id,
        String itemCode,
        FilingKind kind,
        String departmentCode,
        String basis,
        LocalDate filedOn,
        String approver,
        @Nullable String reason,
        @Nullable LocalDate exitsOn,
        String filedBy,
        Instant filedAt) {}
