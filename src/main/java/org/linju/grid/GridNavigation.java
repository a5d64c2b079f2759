package org.linju.grid;

import java.util.EnumSet;
import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.linju.identity.Role;
import org.springframework.stereotype.Component;

/** The grid module's pages in the navigation: the map and the district tree for everyone, the imports for admins. */
@Component
class GridNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        EnumSet<Role> admin = EnumSet.of(Role.DISTRICT_ADMIN);
        return List.of(
                NavItem.forEveryone(NavGroup.GRIDS, "nav.map", "/map", 10).asTab(5),
                NavItem.forEveryone(NavGroup.GRIDS, "nav.regions", "/regions", 20),
                NavItem.forRoles(NavGroup.ADMIN, "nav.admin.boundaries", "/admin/grids/import", 20, admin),
                NavItem.forRoles(NavGroup.ADMIN, "nav.admin.regions", "/admin/regions/import", 25, admin));
    }
}
