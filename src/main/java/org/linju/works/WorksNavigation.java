package org.linju.works;

import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.springframework.stereotype.Component;

/** Livelihood projects and the back-street register, for those who manage them and community secretaries. */
@Component
class WorksNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forRoles(NavGroup.MONEY, "nav.worksProjects", "/works/projects", 20, WorksAccess.VIEWERS),
                NavItem.forRoles(NavGroup.MONEY, "nav.worksStreets", "/works/streets", 21, WorksAccess.VIEWERS));
    }
}
