package org.linju.disclosure;

import java.util.EnumSet;
import java.util.Set;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;

/**
 * Who takes part in the publish workflow, for other modules' pages to offer the way in
 * ({@code disclosure/fragments :: startDraft}) only to those who may start a draft.
 */
public final class DisclosureRoles {

    /** Street, department and district staff prepare and check what is published. */
    public static final Set<Role> DRAFTERS = EnumSet.of(Role.STREET_STAFF, Role.DEPARTMENT_STAFF, Role.DISTRICT_ADMIN);

    /** The district publishes and withdraws: its administrators and liaison leaders. */
    public static final Set<Role> PUBLISHERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.LIAISON_LEADER);

    private DisclosureRoles() {}

    public static boolean mayDraft(CurrentUser user) {
        return DRAFTERS.contains(user.role());
    }
}
