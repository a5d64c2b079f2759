package org.linju.audit;

import org.jspecify.annotations.Nullable;

/**
 * One thing to record.
 *
 * @param actor the username, or {@code system} for scheduled jobs and commands
 * @param scopeCode the region or grid the subject belongs to, so entries can be browsed by area
 * @param detail what was seen or changed, without personal data (field names, counts), never values
 */
public record AuditRecord(
        String actor,
        String actorRole,
        AuditAction action,
        String subjectType,
        String subjectId,
        @Nullable String scopeCode,
        @Nullable String reason,
        @Nullable String detail) {}
