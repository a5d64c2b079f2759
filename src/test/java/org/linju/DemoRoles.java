package org.linju;

import java.util.EnumMap;
import java.util.Map;
import org.linju.identity.Role;

/** The demo district's sign-in for each role (the demo module opens one per role, all with the demo password). */
public final class DemoRoles {

    private static final Map<Role, String> USERNAMES = new EnumMap<>(Map.of(
            Role.DISTRICT_ADMIN, "admin",
            Role.LIAISON_LEADER, "liaison",
            Role.DEPARTMENT_STAFF, "dept",
            Role.STREET_STAFF, "street",
            Role.COMMUNITY_SECRETARY, "secretary",
            Role.GRID_LEADER, "leader",
            Role.GRID_WORKER, "worker",
            Role.BUILDING_LEADER, "building",
            Role.RESIDENT, "resident"));

    private DemoRoles() {}

    public static String username(Role role) {
        return USERNAMES.get(role);
    }
}
