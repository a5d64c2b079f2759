package org.linju.forces;

import org.jspecify.annotations.Nullable;

/**
 * What the forces roster is narrowed to, within the viewer's scope.
 *
 * @param area a community or grid code within the viewer's scope, or null for the whole scope
 * @param kind one force, or null for all
 * @param role people on a grid's duty chart in this governance role, or null
 * @param duty people holding a role of the duty chart as A, or standing in as B (with {@code role}: that role)
 * @param name a part of the name, or null
 */
public record ForceFilter(
        @Nullable String area,
        @Nullable ForceKind kind,
        @Nullable GovernanceRole role,
        @Nullable Duty duty,
        @Nullable String name) {

    /** Which side of a duty-chart line (AB角). */
    public enum Duty {
        A,
        B
    }

    public static final ForceFilter NONE = new ForceFilter(null, null, null, null, null);

    public ForceFilter {
        area = area == null || area.isBlank() ? null : area.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** The same filter with the area as checked against the viewer's scope. */
    ForceFilter inArea(@Nullable String checkedArea) {
        return new ForceFilter(checkedArea, kind, role, duty, name);
    }
}
