package org.linju.emergency.web;

import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceKind;
import org.linju.forces.GovernanceRole;

/**
 * A directive as the command board's form sends it: the text, the grid or community codes it is limited to
 * (separated by spaces or commas, none meaning the whole emergency area), whom it goes to and how soon they must
 * acknowledge (30 minutes unless said). Whether it is complete is for {@code Directives} to say.
 */
record DirectiveForm(
        @NotNull String text,
        @Nullable String targets,
        @Nullable List<GovernanceRole> roles,
        @Nullable List<ForceKind> kinds,
        @Nullable Integer ackMinutes) {

    static final int DEFAULT_ACK_MINUTES = 30;

    Set<GovernanceRole> roleSet() {
        return roles == null ? Set.of() : EnumSet.copyOf(roles);
    }

    Set<ForceKind> kindSet() {
        return kinds == null ? Set.of() : EnumSet.copyOf(kinds);
    }

    int ackWithin() {
        return ackMinutes == null ? DEFAULT_ACK_MINUTES : ackMinutes;
    }
}
