package org.linju.staff.web;

import org.jspecify.annotations.Nullable;
import org.linju.identity.AccountAdministration;
import org.linju.identity.AccountFilter;
import org.linju.identity.AccountState;
import org.linju.identity.Role;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;

/** The account list's URL: filters, page and order; a value that names nothing is ignored, never an error. */
record AccountQuery(
        @Nullable String role,
        @Nullable String area,
        @Nullable String state,
        @Nullable String q,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    AccountFilter filter() {
        return new AccountFilter(
                known(Role.class, role),
                area != null && RegionCode.isValid(area) ? RegionCode.of(area) : null,
                known(AccountState.class, state),
                q == null || q.isBlank() ? null : q.strip());
    }

    ListRequest request() {
        return ListRequest.of(page, size, sort, dir, AccountAdministration.sortableColumns(), false);
    }

    private static <E extends Enum<E>> @Nullable E known(Class<E> type, @Nullable String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }
}
