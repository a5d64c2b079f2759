package org.linju.identity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;

/**
 * Who may administer which accounts. District admins administer every role in their area; a street's staff (街道干部,
 * the sub-district level) administer the roles below theirs within their street, never their peers (whose password
 * they could otherwise reset and sign in with) nor a district role. An account's areas must lie within the admin's and sit at the level its role works at.
 */
final class AccountPolicy {

    private static final Set<Role> STREET_GRANTS =
            EnumSet.of(Role.COMMUNITY_SECRETARY, Role.GRID_LEADER, Role.GRID_WORKER, Role.BUILDING_LEADER);
    private static final Set<RegionLevel> ANY_LEVEL = EnumSet.allOf(RegionLevel.class);
    private static final Map<Role, Set<RegionLevel>> AREA_LEVELS = Map.of(
            Role.DISTRICT_ADMIN, EnumSet.of(RegionLevel.DISTRICT),
            Role.LIAISON_LEADER, EnumSet.of(RegionLevel.STREET, RegionLevel.COMMUNITY),
            Role.DEPARTMENT_STAFF, ANY_LEVEL,
            Role.STREET_STAFF, EnumSet.of(RegionLevel.STREET),
            Role.COMMUNITY_SECRETARY, EnumSet.of(RegionLevel.COMMUNITY),
            Role.GRID_LEADER, EnumSet.of(RegionLevel.GRID),
            Role.GRID_WORKER, EnumSet.of(RegionLevel.GRID),
            Role.BUILDING_LEADER, EnumSet.of(RegionLevel.GRID),
            Role.RESIDENT, EnumSet.noneOf(RegionLevel.class));
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");

    private AccountPolicy() {}

    static boolean administers(Role role) {
        return role == Role.DISTRICT_ADMIN || role == Role.STREET_STAFF;
    }

    /** The roles an admin may give (the roles of the accounts they see in the list). */
    static Set<Role> grantableBy(Role admin) {
        return switch (admin) {
            case DISTRICT_ADMIN -> EnumSet.allOf(Role.class);
            case STREET_STAFF -> STREET_GRANTS;
            default -> EnumSet.noneOf(Role.class);
        };
    }

    /** The levels an account of the role may have its areas at. */
    static Set<RegionLevel> areaLevels(Role role) {
        return AREA_LEVELS.get(role);
    }

    /** The message key of the first rule that giving this role and these areas breaks, if any. */
    static Optional<String> refusal(CurrentUser admin, Role role, Set<RegionCode> areas) {
        if (!administers(admin.role())) {
            return Optional.of("account.refused.notAdmin");
        }
        if (!grantableBy(admin.role()).contains(role)) {
            return Optional.of("account.refused.role");
        }
        if (role == Role.RESIDENT) {
            return areas.isEmpty() ? Optional.empty() : Optional.of("account.refused.residentArea");
        }
        if (areas.isEmpty()) {
            return Optional.of("account.refused.noArea");
        }
        if (!areas.stream().allMatch(admin.scope()::covers)) {
            return Optional.of("account.refused.area");
        }
        if (!areas.stream().allMatch(area -> areaLevels(role).contains(area.level()))) {
            return Optional.of("account.refused.areaLevel");
        }
        return Optional.empty();
    }

    /** Whether the admin manages the account as it is now: its role is one they give, its areas inside theirs. */
    static boolean manages(CurrentUser admin, ManagedAccount account) {
        if (!administers(admin.role()) || !grantableBy(admin.role()).contains(account.role())) {
            return false;
        }
        if (admin.scope().isUnrestricted()) {
            return true;
        }
        if (account.unrestricted()) {
            return false;
        }
        if (account.areas().isEmpty()) {
            return account.role() == Role.RESIDENT && admin.role() == Role.DISTRICT_ADMIN;
        }
        return account.areas().stream().map(RegionCode::of).allMatch(admin.scope()::covers);
    }

    static Optional<String> nameRefusal(String username, String displayName) {
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of("account.refused.username");
        }
        if (displayName.isEmpty() || displayName.length() > 100) {
            return Optional.of("account.refused.name");
        }
        return Optional.empty();
    }
}
