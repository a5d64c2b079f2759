package org.linju.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * One page in the navigation: where it sits, its label (a message key), its path, the roles that may open it (the
 * same roles its controller and the security configuration let in: a role never sees an item that would answer 403),
 * its place within the group, and its rank as a phone tab ({@code 0}: never a tab; lower ranks win).
 */
public record NavItem(NavGroup group, String messageKey, String path, Set<Role> roles, int order, int tabRank) {

    public NavItem {
        roles = Set.copyOf(roles);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a navigation path starts with /: " + path);
        }
    }

    /** An item every role may open. */
    public static NavItem forEveryone(NavGroup group, String messageKey, String path, int order) {
        return new NavItem(group, messageKey, path, EnumSet.allOf(Role.class), order, 0);
    }

    /** An item for every role but residents (staff pages). */
    public static NavItem forStaff(NavGroup group, String messageKey, String path, int order) {
        return new NavItem(group, messageKey, path, EnumSet.complementOf(EnumSet.of(Role.RESIDENT)), order, 0);
    }

    /** An item for the given roles only. */
    public static NavItem forRoles(NavGroup group, String messageKey, String path, int order, Set<Role> roles) {
        return new NavItem(group, messageKey, path, roles, order, 0);
    }

    /** The same item, offered as a phone tab with this rank (1 first). */
    public NavItem asTab(int rank) {
        return new NavItem(group, messageKey, path, roles, order, rank);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    /** Whether a request to {@code requestPath} is this page or one below it (the home page only matches itself). */
    public boolean isCurrent(String requestPath) {
        return path.equals("/")
                ? requestPath.equals("/")
                : requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}
