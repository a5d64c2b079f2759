package org.linju.forces;

import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.springframework.stereotype.Component;

/** The forces and the grids' project lists for staff (residents are refused both); the registration import. */
@Component
class ForcesNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forStaff(NavGroup.GRIDS, "nav.forces", "/forces", 30),
                NavItem.forStaff(NavGroup.GRIDS, "nav.projects", "/projects", 40),
                NavItem.forRoles(
                        NavGroup.ADMIN, "nav.admin.forceImport", "/forces/import", 32, RegistrationImport.IMPORTERS));
    }
}
