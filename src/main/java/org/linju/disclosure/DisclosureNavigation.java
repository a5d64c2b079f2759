package org.linju.disclosure;

import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.springframework.stereotype.Component;

/** The publish workflow (公开审核) for those who draft, review or publish. */
@Component
class DisclosureNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(NavItem.forRoles(NavGroup.MONEY, "nav.disclosure", "/disclosure", 40, DisclosureWorkflow.STAFF));
    }
}
