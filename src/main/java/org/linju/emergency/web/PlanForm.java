package org.linju.emergency.web;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.emergency.EmergencyKind;
import org.linju.emergency.EmergencyLevel;
import org.linju.emergency.EmergencyPlan;
import org.linju.emergency.PlanDraft;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;

/** The plan editor's form: areas picked from the tree, roles and kinds ticked, one text box per directive template. */
record PlanForm(
        @Nullable String title,
        @Nullable EmergencyKind kind,
        @Nullable EmergencyLevel level,
        @Nullable List<String> areas,
        @Nullable List<GovernanceRole> roles,
        @Nullable List<ForceKind> kinds,
        @Nullable List<String> templates,
        @Nullable Integer deadlineMinutes) {

    static final int DEFAULT_DEADLINE = 30;

    /** An empty editor; blanks become the plan's own refusals (no name, no area), never a stack trace. */
    PlanDraft toDraft() {
        return new PlanDraft(
                title == null ? "" : title,
                kind == null ? EmergencyKind.OTHER : kind,
                level == null ? EmergencyLevel.IV : level,
                areas == null ? List.of() : areas,
                roles == null ? Set.of() : Set.copyOf(roles),
                kinds == null ? Set.of() : Set.copyOf(kinds),
                templates == null ? List.of() : templates,
                deadlineMinutes == null ? DEFAULT_DEADLINE : deadlineMinutes);
    }

    static PlanForm of(EmergencyPlan plan) {
        PlanDraft content = plan.content();
        return new PlanForm(
                content.title(),
                content.kind(),
                content.level(),
                content.areaCodes(),
                List.copyOf(content.roles()),
                List.copyOf(content.kinds()),
                content.templates(),
                content.deadlineMinutes());
    }

    static PlanForm blank() {
        return new PlanForm(null, null, null, List.of(), List.of(), List.of(), List.of(), DEFAULT_DEADLINE);
    }
}
