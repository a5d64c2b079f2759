package org.linju.meetings.web;

import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.linju.meetings.Meetings;
import org.springframework.stereotype.Component;

/** The meetings list, for the staff who read the meetings of their area (and sign in to those they are invited to). */
@Component
class MeetingsNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(NavItem.forRoles(NavGroup.GOVERNANCE, "nav.meetings", "/meetings", 20, Meetings.READERS));
    }
}
