package org.linju.forces;

import org.jspecify.annotations.Nullable;

/**
 * One line of a grid's duty chart. {@code acting} is who does the role now: the holder (A), or the backup (B) while
 * A is unavailable.
 */
public record DutyLine(
        GovernanceRole role, ForceMember holder, @Nullable ForceMember backup, ForceMember acting) {

    /** The same line without why anyone on it is unavailable, for viewers who are not coordinators. */
    public DutyLine withoutNotes() {
        return new DutyLine(
                role, holder.withoutNote(), backup == null ? null : backup.withoutNote(), acting.withoutNote());
    }

    public boolean switched() {
        return !acting.id().equals(holder.id());
    }
}
