package org.linju.forces;

import org.jspecify.annotations.Nullable;

/** A seat of the community's committees (社区两委) with its holder (A), backup (B) and who acts now. */
public record CommunityDutyLine(
        String title, ForceMember holder, @Nullable ForceMember backup, ForceMember acting) {

    /** The same line without why anyone on it is unavailable, for viewers who are not coordinators. */
    public CommunityDutyLine withoutNotes() {
        return new CommunityDutyLine(
                title, holder.withoutNote(), backup == null ? null : backup.withoutNote(), acting.withoutNote());
    }

    public boolean switched() {
        return !acting.id().equals(holder.id());
    }
}
