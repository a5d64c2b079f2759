package org.linju.evaluation;

import java.util.EnumSet;
import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.linju.identity.Role;
import org.springframework.stereotype.Component;

/** The evaluation pages, each for the roles its service lets in. */
@Component
class EvaluationNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forRoles(NavGroup.GOVERNANCE, "nav.evaluation", "/evaluation", 50, EvaluationRoles.READERS),
                NavItem.forRoles(
                        NavGroup.GOVERNANCE,
                        "nav.evaluationAppeals",
                        "/evaluation/appeals",
                        51,
                        EvaluationRoles.SUPERVISORS),
                NavItem.forRoles(
                        NavGroup.GOVERNANCE, "nav.evaluationAwards", "/evaluation/awards", 52, EvaluationRoles.READERS),
                NavItem.forRoles(
                        NavGroup.GOVERNANCE,
                        "nav.evaluationWeights",
                        "/evaluation/weights",
                        53,
                        EnumSet.of(Role.DISTRICT_ADMIN)));
    }
}
