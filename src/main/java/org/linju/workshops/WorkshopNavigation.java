package org.linju.workshops;

import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.springframework.stereotype.Component;

/** The register for the supervisors and the community staff; the inspections list for the same roles. */
@Component
class WorkshopNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forRoles(NavGroup.GOVERNANCE, "nav.workshops", "/workshops", 65, WorkshopAccess.REGISTER),
                NavItem.forRoles(
                        NavGroup.GOVERNANCE,
                        "nav.workshopInspections",
                        "/workshops/inspections",
                        66,
                        WorkshopAccess.REGISTER));
    }
}
