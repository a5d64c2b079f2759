package org.linju.agenda;

import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.springframework.stereotype.Component;

/** The ten big things for staff, and the candidates' queue for the party committee and those above it. */
@Component
class AgendaNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forStaff(NavGroup.GOVERNANCE, "nav.agenda", "/agenda", 10),
                NavItem.forRoles(
                        NavGroup.GOVERNANCE, "nav.agendaProposals", "/agenda/proposals", 11, AgendaAccess.DECIDERS));
    }
}
