package org.linju.supervision;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;

/**
 * Who sees and moves a notice: the person concerned (who answers it), the issuing office (which accepts or sends back
 * the fix, as district administrators may for any office), and the leaders whose area holds the grid.
 */
final class SupervisionAccess {

    /** The roles that see every notice about a grid of their area. */
    static final Set<Role> LEADERS = EnumSet.of(
            Role.DISTRICT_ADMIN, Role.LIAISON_LEADER, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY, Role.GRID_LEADER);

    /** The roles that may open the register (office staff see their own office's notices). */
    static final Set<Role> REGISTER = EnumSet.of(
            Role.DISTRICT_ADMIN,
            Role.LIAISON_LEADER,
            Role.DEPARTMENT_STAFF,
            Role.STREET_STAFF,
            Role.COMMUNITY_SECRETARY,
            Role.GRID_LEADER);

    /** The roles a notice may be about, and who find theirs on "my notices". */
    static final Set<Role> CONCERNED = EnumSet.of(Role.GRID_LEADER, Role.GRID_WORKER, Role.BUILDING_LEADER);

    private SupervisionAccess() {}

    static Optional<SupervisionOffice> officeOf(CurrentUser user) {
        return user.role() == Role.DEPARTMENT_STAFF
                ? SupervisionOffice.ofDepartment(user.departmentCode())
                : Optional.empty();
    }

    static boolean mayIssue(CurrentUser user) {
        return user.role() == Role.DISTRICT_ADMIN || officeOf(user).isPresent();
    }

    static boolean sees(CurrentUser user, Notice notice) {
        return concerns(user, notice)
                || officeOf(user).filter(notice.office()::equals).isPresent()
                || (LEADERS.contains(user.role()) && user.scope().covers(RegionCode.of(notice.gridCode())));
    }

    /** The person named answers; a notice about the whole grid is answered by its grid leader. */
    static boolean concerns(CurrentUser user, Notice notice) {
        if (notice.personId() != null) {
            return notice.personId().equals(user.id());
        }
        return user.role() == Role.GRID_LEADER && user.scope().covers(RegionCode.of(notice.gridCode()));
    }

    static boolean mayReport(CurrentUser user, Notice notice) {
        return notice.state() == NoticeState.OPEN && concerns(user, notice);
    }

    static boolean mayReview(CurrentUser user, Notice notice) {
        return notice.state() == NoticeState.REPORTED
                && (user.role() == Role.DISTRICT_ADMIN
                        || officeOf(user).filter(notice.office()::equals).isPresent());
    }
}
