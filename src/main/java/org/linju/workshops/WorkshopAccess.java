package org.linju.workshops;

import java.util.EnumSet;
import java.util.Set;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;

/**
 * Who does what. The supervision roles (district and street staff, liaison leaders) draw inspections, see them before
 * their day, record them and award or revoke the title. Community staff see their area's workshops and the inspections
 * already carried out or past, never one still to come: the inspections are unannounced to the workshops, and
 * community staff are close to them.
 */
final class WorkshopAccess {

    static final Set<Role> SUPERVISORS = EnumSet.of(Role.DISTRICT_ADMIN, Role.LIAISON_LEADER, Role.STREET_STAFF);

    static final Set<Role> REGISTER = EnumSet.of(
            Role.DISTRICT_ADMIN, Role.LIAISON_LEADER, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY, Role.GRID_LEADER);

    static final Set<Role> REGISTRARS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);

    private WorkshopAccess() {}

    static boolean supervises(CurrentUser user) {
        return SUPERVISORS.contains(user.role());
    }

    static void requireRegister(CurrentUser user) {
        if (!REGISTER.contains(user.role())) {
            throw new OutOfScope("workshop register");
        }
    }

    static void requireSupervisor(CurrentUser user) {
        if (!supervises(user)) {
            throw new OutOfScope("workshop supervision");
        }
    }

    static boolean mayRegister(CurrentUser user) {
        return REGISTRARS.contains(user.role());
    }

    /** Rectifications are followed up by the supervisors and by the community of the workshop. */
    static boolean mayCloseRectification(CurrentUser user) {
        return supervises(user) || user.role() == Role.COMMUNITY_SECRETARY;
    }
}
