package org.linju.appraisal;

import java.util.List;
import java.util.Set;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.linju.identity.Role;
import org.springframework.stereotype.Component;

/** The leader's appraisal page, the worker's own, the community's proposals queue and the pay budgets. */
@Component
class AppraisalNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forRoles(NavGroup.GOVERNANCE, "nav.appraisal", "/appraisal", 70, Set.of(Role.GRID_LEADER)),
                NavItem.forRoles(NavGroup.GOVERNANCE, "nav.myAppraisal", "/my/appraisal", 71, Set.of(Role.GRID_WORKER)),
                NavItem.forRoles(NavGroup.GOVERNANCE, "nav.proposals", "/appraisal/proposals", 72, Proposals.READERS),
                NavItem.forRoles(
                        NavGroup.GOVERNANCE,
                        "nav.payBudgets",
                        "/appraisal/budgets",
                        73,
                        PerformancePay.BUDGET_SETTERS));
    }
}
