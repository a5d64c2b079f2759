package org.linju.matters;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Role;

/**
 * Who does what, by colour. Red matters are coordinated by the district liaison leader (who may hand them to a
 * department), yellow ones handled by the grid leader, green ones by grid workers and building leaders, who also
 * strike them off. Triage, dispatch and merging belong to grid leaders, community secretaries and district admins;
 * voiding, deferring and extending are requested by one person and approved by another: a community secretary,
 * liaison leader or district admin.
 */
final class HandlingPolicy {

    private static final Set<Role> TRIAGERS =
            EnumSet.of(Role.GRID_LEADER, Role.COMMUNITY_SECRETARY, Role.DISTRICT_ADMIN);
    private static final Set<Role> APPROVERS =
            EnumSet.of(Role.COMMUNITY_SECRETARY, Role.LIAISON_LEADER, Role.DISTRICT_ADMIN);

    private HandlingPolicy() {}

    static Set<Role> handlers(@Nullable Colour colour) {
        if (colour == null) {
            return EnumSet.noneOf(Role.class);
        }
        return switch (colour) {
            case RED -> EnumSet.of(Role.LIAISON_LEADER, Role.DEPARTMENT_STAFF, Role.DISTRICT_ADMIN);
            case YELLOW -> EnumSet.of(Role.GRID_LEADER, Role.COMMUNITY_SECRETARY);
            case GREEN -> EnumSet.of(Role.GRID_WORKER, Role.BUILDING_LEADER, Role.GRID_LEADER);
        };
    }

    static Set<Role> approvers() {
        return APPROVERS;
    }

    static boolean may(Role role, Action action, @Nullable Colour colour) {
        return switch (action) {
            case TRIAGE, VOID, RESUME, MERGE -> TRIAGERS.contains(role);
            case DISPATCH -> TRIAGERS.contains(role) || (colour == Colour.RED && role == Role.LIAISON_LEADER);
            case ACCEPT, RETURN, START, RESOLVE -> handlers(colour).contains(role);
            case VERIFY, REJECT_RESOLUTION, STRIKE_OFF, DEFER, EXTEND ->
                handlers(colour).contains(role) || TRIAGERS.contains(role);
            case APPROVE, REJECT_REQUEST -> APPROVERS.contains(role);
        };
    }
}
