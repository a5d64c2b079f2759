package org.linju.emergency.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.emergency.Declaration;
import org.linju.emergency.EmergencyKind;
import org.linju.emergency.EmergencyLevel;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;

/**
 * The declare form: name, kind, level, the areas picked from the tree (never typed), and when a plan prefilled it, the
 * forces, first directives and roll-call deadline it proposed, with the plan version; improvised, only the first four.
 */
record DeclareForm(
        @Nullable String title,
        EmergencyKind kind,
        EmergencyLevel level,
        @Nullable List<String> areas,
        @Nullable List<GovernanceRole> roles,
        @Nullable List<ForceKind> kinds,
        @Nullable List<String> directives,
        @Nullable Integer ackMinutes,
        @Nullable UUID plan,
        @Nullable Integer planVersion) {

    Declaration toDeclaration() {
        return new Declaration(
                title == null ? "" : title,
                kind,
                level,
                areas == null ? List.of() : areas,
                roles == null ? Set.of() : Set.copyOf(roles),
                kinds == null ? Set.of() : Set.copyOf(kinds),
                directives == null ? List.of() : directives,
                ackMinutes == null ? DirectiveForm.DEFAULT_ACK_MINUTES : ackMinutes,
                plan,
                planVersion);
    }
}
