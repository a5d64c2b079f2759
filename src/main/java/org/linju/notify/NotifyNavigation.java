package org.linju.notify;

import java.util.EnumSet;
import java.util.List;
import org.linju.identity.NavContribution;
import org.linju.identity.NavGroup;
import org.linju.identity.NavItem;
import org.linju.identity.Role;
import org.springframework.stereotype.Component;

/** Everyone's inbox beside the workbench; the group robots and pending deliveries for district admins. */
@Component
class NotifyNavigation implements NavContribution {

    @Override
    public List<NavItem> items() {
        return List.of(
                NavItem.forEveryone(NavGroup.WORKBENCH, "nav.inbox", "/inbox", 20)
                        .asTab(4),
                NavItem.forRoles(
                        NavGroup.ADMIN,
                        "nav.admin.notifications",
                        "/admin/notifications",
                        50,
                        EnumSet.of(Role.DISTRICT_ADMIN)));
    }
}
