package org.linju.matters;

import java.util.EnumSet;
import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.linju.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The matters pages in the navigation: the staff's list, entry, dashboard and three rates (residents are refused staff
 * entry and see no other area's matters), the resident's own report form, and the admins' settings.
 */
@Component
class MattersNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forStaff(NavGroup.MATTERS, "nav.matters.list", "/matters", 10)
                        .asTab(2),
                NavItem.forStaff(NavGroup.MATTERS, "nav.matters.new", "/matters/new", 20)
                        .asTab(3),
                NavItem.forStaff(NavGroup.MATTERS, "nav.matters.dashboard", "/matters/dashboard", 30),
                NavItem.forStaff(NavGroup.MATTERS, "nav.matters.metrics", "/matters/metrics", 40),
                NavItem.forRoles(NavGroup.MATTERS, "nav.matters.report", "/report", 50, EnumSet.of(Role.RESIDENT))
                        .asTab(2),
                NavItem.forRoles(
                        NavGroup.ADMIN,
                        "nav.admin.matterSettings",
                        "/admin/matters/settings",
                        40,
                        EnumSet.of(Role.DISTRICT_ADMIN)));
    }
}
