package org.linju.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.shared.RegionCode;

/**
 * An account an admin opens: who, in which role, over which areas, and (department staff) in which department. Its
 * password is made by Linju, never chosen by the admin.
 */
public record AccountDraft(
        String username,
        String displayName,
        Role role,
        Set<RegionCode> areas,
        @Nullable String departmentCode) {

    public AccountDraft {
        username = username.strip();
        displayName = displayName.strip();
        areas = Set.copyOf(areas);
        departmentCode = role == Role.DEPARTMENT_STAFF ? departmentCode : null;
    }
}
