package org.linju.funds;

import java.util.List;
import java.util.Set;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.springframework.stereotype.Component;

/** The monitoring report, for those who see budget execution. */
@Component
class MonitoringNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(NavItem.forRoles(
                NavGroup.MONEY, "nav.fundsMonitoring", "/funds/monitoring", 20, Set.copyOf(MonitoringReport.READERS)));
    }
}
