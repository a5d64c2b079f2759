package org.linju.evaluation;

import java.util.EnumSet;
import java.util.Set;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;

/** Who does what in the evaluation: the district admin runs cycles, street and community staff supervise. */
public final class EvaluationRoles {

    /** See rankings, adjust scores, decide appeals within their area. */
    static final Set<Role> SUPERVISORS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);

    /** Everyone who may open the evaluation pages: supervisors and the rated grid leaders. */
    static final Set<Role> READERS =
            EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY, Role.GRID_LEADER);

    /** Register commendations and promotions. */
    static final Set<Role> AWARDERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF);

    private EvaluationRoles() {}

    /** Whether the user may run cycles (compute, lock) and set the weights. */
    public static boolean runsCycles(CurrentUser user) {
        return user.role() == Role.DISTRICT_ADMIN;
    }

    public static boolean supervises(CurrentUser user) {
        return SUPERVISORS.contains(user.role());
    }

    public static boolean registersAwards(CurrentUser user) {
        return AWARDERS.contains(user.role());
    }

    static void require(CurrentUser user, Set<Role> roles, String what) {
        if (!roles.contains(user.role())) {
            throw new OutOfScope(what);
        }
    }

    static void requireAdmin(CurrentUser user, RegionCode district) {
        if (user.role() != Role.DISTRICT_ADMIN || !user.scope().covers(district)) {
            throw new OutOfScope("evaluation cycle of " + district);
        }
    }

    /** Whether the user's area holds one of these grids. */
    static boolean covers(CurrentUser user, Iterable<String> grids) {
        for (String grid : grids) {
            if (user.scope().covers(RegionCode.of(grid))) {
                return true;
            }
        }
        return false;
    }
}
