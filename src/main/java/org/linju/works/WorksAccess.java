package org.linju.works;

import java.util.EnumSet;
import java.util.Set;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;

/**
 * Who works with livelihood projects and back streets: district admins and street staff manage them within their
 * area; community secretaries see those of their own community (read only), to answer residents about them. Grid
 * staff, departments and residents do not use these pages (the public sees the published ones through disclosure).
 */
public final class WorksAccess {

    public static final Set<Role> VIEWERS =
            EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);

    public static final Set<Role> MANAGERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF);

    private WorksAccess() {}

    static void requireViewer(CurrentUser user) {
        if (!VIEWERS.contains(user.role())) {
            throw new OutOfScope("livelihood projects");
        }
    }

    static boolean manages(CurrentUser user) {
        return MANAGERS.contains(user.role());
    }

    /** A manager whose area holds {@code areaCode}. */
    static void requireManager(CurrentUser user, String areaCode) {
        if (!manages(user) || !user.scope().covers(RegionCode.of(areaCode))) {
            throw new OutOfScope("works in " + areaCode);
        }
    }
}
