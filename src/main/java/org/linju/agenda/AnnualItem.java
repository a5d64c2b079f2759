package org.linju.agenda;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Theme;

/**
 * One of a community's (or grid's) annual big things, or a candidate for the list.
 *
 * @param ownerMemberId the person responsible, from the forces roster (never a typed name)
 * @param ownerUsername the owner's sign-in, if they have one: they may then record the milestones themselves
 * @param proposerName the name a resident gave when proposing it on the public page, if any
 * @param themes the campaigns it serves, shared with livelihood projects
 */
public record AnnualItem(
        UUID id,
        String communityCode,
        @Nullable String gridCode,
        int year,
        String title,
        String description,
        ItemStatus status,
        @Nullable UUID ownerMemberId,
        @Nullable String ownerName,
        @Nullable String ownerUsername,
        int progress,
        @Nullable String proposerName,
        boolean proposedByResident,
        Instant createdAt,
        List<Theme> themes) {

    public AnnualItem {
        themes = List.copyOf(themes);
    }

    /** The area the item belongs to: its grid, else its community. */
    public String areaCode() {
        return gridCode != null ? gridCode : communityCode;
    }
}
