package org.linju.funds;

import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.springframework.stereotype.Component;

/** The budget lines, for those who may see livelihood money (资金与项目). */
@Component
class FundsNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(NavItem.forRoles(NavGroup.MONEY, "nav.funds", "/funds", 10, FundsAccess.VIEWERS));
    }
}
