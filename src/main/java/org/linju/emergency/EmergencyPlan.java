package org.linju.emergency;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One version of a prepared plan, with who drafted it and who reviewed (approved) it, and when. */
public record EmergencyPlan(
        UUID planId,
        int version,
        PlanDraft content,
        PlanState state,
        String draftedBy,
        Instant draftedAt,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt) {

    /** Only the version in force may be declared from. */
    public boolean usable() {
        return state == PlanState.APPROVED;
    }

    public String title() {
        return content.title();
    }

    public EmergencyKind kind() {
        return content.kind();
    }

    public EmergencyLevel level() {
        return content.level();
    }

    /** The review must be someone else's. */
    public boolean reviewableBy(String username) {
        return state == PlanState.DRAFT && !draftedBy.equals(username);
    }

    /** The duty roles and force kinds as the database keeps them. */
    static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
