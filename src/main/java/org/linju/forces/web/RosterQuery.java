package org.linju.forces.web;

import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceFilter;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.shared.ListRequest;

/** The roster as the URL asks for it: area, force kind, governance role, A/B side, part of a name, page and order. */
record RosterQuery(
        @Nullable String area,
        @Nullable ForceKind kind,
        @Nullable GovernanceRole role,
        ForceFilter.@Nullable Duty duty,
        @Nullable String q,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    ForceFilter filter() {
        return new ForceFilter(area, kind, role, duty, q);
    }

    ListRequest request() {
        return ListRequest.of(page, size, sort, dir, Forces.ROSTER_COLUMNS, false);
    }
}
