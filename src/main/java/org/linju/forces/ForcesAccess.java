package org.linju.forces;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;

/**
 * Who sees which forces: staff (never residents) see the people of their own area; coordinators alone see why
 * someone is away and may mark people away and back.
 */
final class ForcesAccess {

    /** Staff who may mark people away and back: grid leaders and above, within their area. */
    private static final Set<Role> COORDINATORS = EnumSet.of(
            Role.DISTRICT_ADMIN, Role.LIAISON_LEADER, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY, Role.GRID_LEADER);

    private ForcesAccess() {}

    /** Why someone is away (sick, on leave) is for the staff who may mark them away and back. */
    static boolean seesReasons(CurrentUser viewer) {
        return COORDINATORS.contains(viewer.role());
    }

    /** Whether the viewer may mark this person away and back. */
    static boolean coordinates(CurrentUser viewer, ForceMember member) {
        String node = member.gridCode() == null ? member.communityCode() : member.gridCode();
        return viewer.scope().covers(RegionCode.of(node)) && COORDINATORS.contains(viewer.role());
    }

    /** A community's committee is seen by staff whose area covers the community or one of its grids. */
    static void requireCommunityInView(CurrentUser viewer, String community) {
        boolean visible = viewer.role() != Role.RESIDENT
                && RegionCode.isValid(community)
                && (viewer.scope().covers(RegionCode.of(community))
                        || viewer.scope().roots().stream()
                                .anyMatch(root -> root.value().startsWith(community)));
        if (!visible) {
            throw new OutOfScope("forces");
        }
    }

    /**
     * The area a list asks for, checked against the viewer's scope ({@link AreaChoices#narrowing}); null for the whole
     * scope. Residents see no forces.
     */
    static @Nullable String checkedArea(CurrentUser viewer, @Nullable String area) {
        if (viewer.role() == Role.RESIDENT) {
            throw new OutOfScope("forces");
        }
        return AreaChoices.narrowing(viewer.scope(), area);
    }

    /** The SQL patterns of an area (a grid or community code, or the viewer's whole scope) inside the viewer's. */
    static String[] areaPatterns(CurrentUser viewer, @Nullable String area) {
        if (viewer.role() == Role.RESIDENT) {
            throw new OutOfScope("forces");
        }
        if (area == null || area.isBlank()) {
            return viewer.scope().sqlPatterns();
        }
        if (!RegionCode.isValid(area) || !viewer.scope().covers(RegionCode.of(area))) {
            throw new OutOfScope("forces");
        }
        return new String[] {area + "%"};
    }
}
