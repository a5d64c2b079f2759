package org.linju.emergency;

import java.util.List;
import java.util.Set;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;

/**
 * What a plan says, as its editor sends it: for which hazard and level, over which streets or communities, whom to
 * call (duty roles and kinds of forces), the directives to send (templates with placeholders, see {@link
 * PlanTemplates}) and within how many minutes everyone must answer the roll call.
 */
public record PlanDraft(
        String title,
        EmergencyKind kind,
        EmergencyLevel level,
        List<String> areaCodes,
        Set<GovernanceRole> roles,
        Set<ForceKind> kinds,
        List<String> templates,
        int deadlineMinutes) {

    public PlanDraft {
        areaCodes = areaCodes.stream()
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .distinct()
                .toList();
        templates = templates.stream()
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .toList();
        roles = Set.copyOf(roles);
        kinds = Set.copyOf(kinds);
    }
}
