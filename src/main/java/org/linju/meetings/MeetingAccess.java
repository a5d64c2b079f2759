package org.linju.meetings;

import java.util.EnumSet;
import java.util.Set;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;

/**
 * Who may do what with meetings. Staff of an area read its meetings; those who convene meetings (community secretaries,
 * grid leaders, street staff, liaison leaders, district admins) also schedule, mark attendance and record minutes and
 * decisions. An invited person reads and signs in to a meeting they were invited to, whatever their area.
 */
final class MeetingAccess {

    /** The roles that read the meetings of their area (the menu item's roles). */
    static final Set<Role> READERS = EnumSet.of(
            Role.DISTRICT_ADMIN,
            Role.LIAISON_LEADER,
            Role.STREET_STAFF,
            Role.COMMUNITY_SECRETARY,
            Role.GRID_LEADER,
            Role.GRID_WORKER,
            Role.BUILDING_LEADER);

    static final Set<Role> CONVENERS = EnumSet.of(
            Role.DISTRICT_ADMIN, Role.LIAISON_LEADER, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY, Role.GRID_LEADER);

    private MeetingAccess() {}

    static boolean convenes(CurrentUser user) {
        return CONVENERS.contains(user.role());
    }

    static boolean reads(CurrentUser user) {
        return READERS.contains(user.role());
    }

    /** The meeting is the convener's to run: their role convenes and its area lies in their scope. */
    static boolean runs(CurrentUser user, String areaCode) {
        return convenes(user) && user.scope().covers(RegionCode.of(areaCode));
    }

    static void requireRuns(CurrentUser user, String areaCode) {
        if (!runs(user, areaCode)) {
            throw new OutOfScope("meeting in " + areaCode);
        }
    }

    static void requireReads(CurrentUser user) {
        if (!reads(user)) {
            throw new OutOfScope("meetings");
        }
    }
}
