package org.linju.identity;

import java.util.Set;
import org.linju.shared.RegionCode;

/**
 * An account to open. A temporary password must be changed at first sign-in.
 *
 * @param scope the subtrees the account may see; ignored when {@code unrestricted}
 */
public record NewAccount(
        String username,
        String displayName,
        Role role,
        Set<RegionCode> scope,
        boolean unrestricted,
        String password,
        boolean temporaryPassword) {

    public static NewAccount scoped(
            String username,
            String displayName,
            Role role,
            Set<RegionCode> scope,
            String password,
            boolean temporaryPassword) {
        return new NewAccount(username, displayName, role, scope, false, password, temporaryPassword);
    }
}
