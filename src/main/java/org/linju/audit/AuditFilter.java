package org.linju.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What the admin page filters the log by; every part optional. */
public record AuditFilter(
        @Nullable String actor,
        @Nullable AuditAction action,
        @Nullable String subjectId,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }
}
