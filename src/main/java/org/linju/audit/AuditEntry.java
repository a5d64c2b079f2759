package org.linju.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored entry, as the admin page lists it. */
public record AuditEntry(
        long seq,
        Instant recordedAt,
        String actor,
        String actorRole,
        AuditAction action,
        String subjectType,
        String subjectId,
        @Nullable String scopeCode,
        @Nullable String reason,
        @Nullable String detail,
        String prevHash,
        String hash) {}
