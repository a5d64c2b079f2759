package org.linju.matters;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Role;

/**
 * Who does what, by colour. Red matters are coordinated by the district liaison leader, yellow ones handled by the
 * grid leader, green ones by grid workers and building leaders, who also strike them off. Triage, dispatch and
 * the approvals for voiding and deferring belong to grid leaders, community secretaries and district admins.
 */
final class HandlingPolicy {

	private static final Set<Role> TRIAGERS = EnumSet.of(Role.GRID_LEADER, Role.COMMUNITY_SECRETARY, Role.DISTRICT_ADMIN);

	private HandlingPolicy() {
	}

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

	static boolean may(Role role, Action action, @Nullable Colour colour) {
		return switch (action) {
			case TRIAGE, DISPATCH, VOID, DEFER, RESUME -> TRIAGERS.contains(role);
			case ACCEPT, RETURN, START, RESOLVE -> handlers(colour).contains(role);
			case VERIFY, REJECT_RESOLUTION, STRIKE_OFF -> handlers(colour).contains(role) || TRIAGERS.contains(role);
		};
	}
}
