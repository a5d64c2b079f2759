package org.linju.funds;

import java.util.EnumSet;
import java.util.Set;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;

/**
 * Who may see and handle livelihood money: district admins, liaison leaders, department and street staff see the lines
 * of their area; district admins and street staff manage them (create, target, activate, adjust, allocate, pay,
 * attach); only district admins generate the standard grid lines and see payees who are people in full.
 */
public final class FundsAccess {

    public static final Set<Role> VIEWERS =
            EnumSet.of(Role.DISTRICT_ADMIN, Role.LIAISON_LEADER, Role.DEPARTMENT_STAFF, Role.STREET_STAFF);

    public static final Set<Role> MANAGERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF);

    private FundsAccess() {}

    public static boolean views(CurrentUser user) {
        return VIEWERS.contains(user.role());
    }

    public static boolean manages(CurrentUser user) {
        return MANAGERS.contains(user.role());
    }

    static void requireViewer(CurrentUser user) {
        if (!views(user)) {
            throw new OutOfScope("funds");
        }
    }

    static void requireViewer(CurrentUser user, BudgetLine line) {
        if (!views(user) || !user.scope().covers(RegionCode.of(line.areaCode()))) {
            throw new OutOfScope("budget line");
        }
    }

    static void requireManager(CurrentUser user, BudgetLine line) {
        requireViewer(user, line);
        if (!manages(user)) {
            throw new OutOfScope("budget line changes");
        }
    }

    static void requireManager(CurrentUser user, String areaCode) {
        if (!manages(user) || !user.scope().covers(RegionCode.of(areaCode))) {
            throw new OutOfScope("budget line in " + areaCode);
        }
    }

    static void requireDistrictAdmin(CurrentUser user) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new OutOfScope("standard grid lines");
        }
    }
}
