package org.linju.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account, as controllers receive it with {@code @AuthenticationPrincipal}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private @Nullable String passwordHash;
    private final String displayName;
    private final Role role;
    private final GridScope scope;
    private final boolean mustChangePassword;
    private final boolean enabled;
    private final @Nullable String departmentCode;

    CurrentUser(
            UUID id,
            String username,
            @Nullable String passwordHash,
            String displayName,
            Role role,
            GridScope scope,
            boolean mustChangePassword,
            boolean enabled,
            @Nullable String departmentCode) {
        this.departmentCode = departmentCode;
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.scope = scope;
        this.mustChangePassword = mustChangePassword;
        this.enabled = enabled;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The data scope of this account; every list and lookup takes it. */
    public GridScope scope() {
        return scope;
    }

    /** The district department the account belongs to (department staff), if any. */
    public @Nullable String departmentCode() {
        return departmentCode;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    CurrentUser withPasswordChanged() {
        return new CurrentUser(id, username, null, displayName, role, scope, false, enabled, departmentCode);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(role.authority());
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
