package org.linju.staff.web;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.identity.AccountChange;
import org.linju.identity.AccountDraft;
import org.linju.identity.AccountRefused;
import org.linju.identity.ManagedAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;

/** The account form as posted: the areas are codes picked from the admin's tree, checked by {@link AccountPages}. */
record AccountForm(String username, String displayName, String role, List<String> areas, String department) {

    AccountForm(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String role,
            @Nullable List<String> areas,
            @Nullable String department) {
        this.username = username == null ? "" : username.strip();
        this.displayName = displayName == null ? "" : displayName.strip();
        this.role = role == null ? "" : role;
        this.areas = areas == null ? List.of() : List.copyOf(areas);
        this.department = department == null ? "" : department;
    }

    static AccountForm empty() {
        return new AccountForm("", "", "", List.of(), "");
    }

    static AccountForm of(ManagedAccount account) {
        return new AccountForm(
                account.username(),
                account.displayName(),
                account.role().name(),
                account.areas(),
                account.departmentCode() == null ? "" : account.departmentCode());
    }

    AccountDraft toDraft(Set<RegionCode> picked) {
        return new AccountDraft(username, displayName, parsedRole(), picked, departmentOrNull());
    }

    AccountChange toChange(Set<RegionCode> picked) {
        return new AccountChange(displayName, parsedRole(), picked, departmentOrNull());
    }

    private Role parsedRole() {
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new AccountRefused("account.refused.role");
        }
    }

    private @Nullable String departmentOrNull() {
        return department.isBlank() ? null : department;
    }
}
