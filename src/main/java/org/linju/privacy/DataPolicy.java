package org.linju.privacy;

import java.util.EnumSet;
import java.util.Set;
import org.linju.identity.Role;

/**
 * Who sees what of residents' personal data. Everyone sees ID numbers and phones masked; the roles that work with
 * residents face to face may reveal one field of one record after giving a reason (audited). Department staff and
 * residents see names masked too. Restricted tags (special groups in GB/T 31000 terms) are shown and set only by
 * the roles holding that explicit permission.
 */
public final class DataPolicy {

	private static final Set<Role> MAY_REVEAL = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF,
			Role.COMMUNITY_SECRETARY, Role.GRID_LEADER, Role.GRID_WORKER);
	private static final Set<Role> NAMES_MASKED = EnumSet.of(Role.DEPARTMENT_STAFF, Role.RESIDENT);
	private static final Set<Role> RESTRICTED_TAGS = EnumSet.of(Role.DISTRICT_ADMIN, Role.COMMUNITY_SECRETARY);
	private static final Set<Role> MAY_EXPORT = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF,
			Role.COMMUNITY_SECRETARY);

	private DataPolicy() {
	}

	public static boolean mayReveal(Role role) {
		return MAY_REVEAL.contains(role);
	}

	public static boolean seesNames(Role role) {
		return !NAMES_MASKED.contains(role);
	}

	public static boolean handlesRestrictedTags(Role role) {
		return RESTRICTED_TAGS.contains(role);
	}

	public static boolean mayExport(Role role) {
		return MAY_EXPORT.contains(role);
	}

	/** Importing rosters writes personal data in bulk: the same roles that may export. */
	public static boolean mayImport(Role role) {
		return MAY_EXPORT.contains(role);
	}
}
