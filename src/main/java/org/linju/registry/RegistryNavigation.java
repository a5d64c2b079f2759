package org.linju.registry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.linju.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The work list for all staff; task assignment for those who push tasks; the grid tasks for those who do or oversee
 * them; the burden report for those who answer for the grids' load.
 */
@Component
class RegistryNavigation implements NavContribution {

    static final Set<Role> TASK_READERS = EnumSet.complementOf(EnumSet.of(Role.RESIDENT));
    static final Set<Role> BURDEN_READERS = EnumSet.of(
            Role.DISTRICT_ADMIN,
            Role.STREET_STAFF,
            Role.DEPARTMENT_STAFF,
            Role.LIAISON_LEADER,
            Role.COMMUNITY_SECRETARY);

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forStaff(NavGroup.GOVERNANCE, "nav.registry", "/registry/items", 30),
                NavItem.forRoles(
                        NavGroup.GOVERNANCE, "nav.registryAssign", "/registry/assign", 31, GridTasks.ASSIGNERS),
                NavItem.forRoles(NavGroup.GOVERNANCE, "nav.registryTasks", "/registry/tasks", 32, TASK_READERS),
                NavItem.forRoles(NavGroup.GOVERNANCE, "nav.registryBurden", "/registry/burden", 33, BURDEN_READERS));
    }
}
