package org.linju.supervision;

import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.springframework.stereotype.Component;

/** The register for leaders and the offices, "my notices" for the people notices may name. */
@Component
class SupervisionNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forRoles(
                        NavGroup.GOVERNANCE, "nav.supervision", "/supervision", 60, SupervisionAccess.REGISTER),
                NavItem.forRoles(
                        NavGroup.GOVERNANCE,
                        "nav.supervisionMine",
                        "/my/supervision",
                        61,
                        SupervisionAccess.CONCERNED));
    }
}
