package org.linju.imports;

import java.util.EnumSet;
import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.linju.identity.Role;
import org.springframework.stereotype.Component;

/** The list of imports for the roles that can start one (anyone may open it and sees their own jobs). */
@Component
class ImportsNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(NavItem.forRoles(
                NavGroup.ADMIN,
                "imports.title",
                "/imports",
                20,
                EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY)));
    }
}
