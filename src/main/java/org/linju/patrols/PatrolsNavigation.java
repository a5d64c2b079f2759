package org.linju.patrols;

import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.springframework.stereotype.Component;

/** My patrol today for those who patrol (a phone tab for them), the patrol list for their leaders. */
@Component
class PatrolsNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forRoles(
                                NavGroup.GOVERNANCE, "nav.patrols.today", "/patrols/today", 30, PatrolPolicy.PATROLLERS)
                        .asTab(3),
                NavItem.forRoles(NavGroup.GOVERNANCE, "nav.patrols.list", "/patrols", 31, PatrolPolicy.LEADERS));
    }
}
