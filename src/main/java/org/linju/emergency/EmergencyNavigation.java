package org.linju.emergency;

import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.springframework.stereotype.Component;

/** Emergencies and the directives addressed to me, for staff (residents see no emergency pages); plans for planners. */
@Component
class EmergencyNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forStaff(NavGroup.EMERGENCY, "nav.emergency", "/emergency", 10),
                NavItem.forRoles(NavGroup.EMERGENCY, "nav.plans", "/emergency/plans", 15, EmergencyPlans.PLANNERS),
                NavItem.forStaff(NavGroup.EMERGENCY, "nav.directives", "/directives", 20)
                        .asTab(6));
    }
}
