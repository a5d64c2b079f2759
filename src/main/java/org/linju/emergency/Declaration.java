package org.linju.emergency;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;

/**
 * An emergency as it is declared: what and where, and the first directives sent at once to the forces named here,
 * each to be acknowledged within {@code ackMinutes}. With a plan, the plan version it started from.
 */
public record Declaration(
        String title,
        EmergencyKind kind,
        EmergencyLevel level,
        List<String> areaCodes,
        Set<GovernanceRole> roles,
        Set<ForceKind> kinds,
        List<String> directives,
        int ackMinutes,
        @Nullable UUID planId,
        @Nullable Integer planVersion) {

    public Declaration {
        directives = directives.stream()
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .toList();
        roles = Set.copyOf(roles);
        kinds = Set.copyOf(kinds);
    }

    /** The same declaration, its directives left to be sent later by hand. */
    public Declaration withoutDirectives() {
        return new Declaration(title, kind, level, areaCodes, roles, kinds, List.of(), ackMinutes, planId, planVersion);
    }

    /** An improvised declaration: no plan and no directives yet. */
    public static Declaration improvised(
            String title, EmergencyKind kind, EmergencyLevel level, List<String> areaCodes) {
        return new Declaration(title, kind, level, areaCodes, Set.of(), Set.of(), List.of(), 30, null, null);
    }
}
