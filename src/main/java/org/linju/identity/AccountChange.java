package org.linju.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.shared.RegionCode;

/** What an admin may change about an account: its name, role, areas and department. */
public record AccountChange(
        String displayName,
        Role role,
        Set<RegionCode> areas,
        @Nullable String departmentCode) {

    public AccountChange {
        displayName = displayName.strip();
        areas = Set.copyOf(areas);
        departmentCode = role == Role.DEPARTMENT_STAFF ? departmentCode : null;
    }
}
