package org.linju.agenda;

import java.util.EnumSet;
import java.util.Set;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;

/**
 * Who may do what with the ten big things: the community party committee (the community secretary) and those above
 * it (street staff, district admins) decide, within their area; an item's owner records its milestones; every staff
 * member working in or above the community sees its list.
 */
public final class AgendaAccess {

    /** Those who shortlist, adopt, drop and close a year. */
    public static final Set<Role> DECIDERS =
            EnumSet.of(Role.COMMUNITY_SECRETARY, Role.STREET_STAFF, Role.DISTRICT_ADMIN);

    private AgendaAccess() {}

    public static boolean decides(CurrentUser user) {
        return DECIDERS.contains(user.role());
    }

    /** A decider's role, before the area is known (the queue of candidates, within their own area). */
    static void requireDecider(CurrentUser user) {
        if (!decides(user)) {
            throw new OutOfScope("agenda decisions");
        }
    }

    static void requireDecider(CurrentUser user, String community) {
        if (!decides(user) || !user.scope().covers(RegionCode.of(community))) {
            throw new OutOfScope("agenda of " + community);
        }
    }

    /** Those in or above the community, and staff of its grids: the list is public once adopted anyway. */
    static void requireViewer(CurrentUser user, AnnualItem item) {
        if (user.role() == Role.RESIDENT || !user.scope().leadsTo(RegionCode.of(item.communityCode()))) {
            throw new OutOfScope("agenda item");
        }
    }

    static boolean mayRecordProgress(CurrentUser user, AnnualItem item) {
        boolean owner = item.ownerUsername() != null && item.ownerUsername().equals(user.getUsername());
        return owner || (decides(user) && user.scope().covers(RegionCode.of(item.communityCode())));
    }

    static void requireProgressRecorder(CurrentUser user, AnnualItem item) {
        if (!mayRecordProgress(user, item)) {
            throw new OutOfScope("agenda progress");
        }
    }
}
