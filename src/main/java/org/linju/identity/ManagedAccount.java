package org.linju.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account as the admins' list and edit page show it. */
public record ManagedAccount(
        UUID id,
        String username,
        String displayName,
        Role role,
        List<String> areas,
        boolean unrestricted,
        @Nullable String departmentCode,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        boolean awaitingPassword,
        Instant createdAt) {

    public ManagedAccount {
        areas = List.copyOf(areas);
    }
}
