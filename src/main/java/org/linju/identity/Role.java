package org.linju.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The governance roles that sign in to Linju. Labels live in the message bundles as {@code role.NAME}. */
public enum Role {
    DISTRICT_ADMIN,
    LIAISON_LEADER,
    DEPARTMENT_STAFF,
    STREET_STAFF,
    COMMUNITY_SECRETARY,
    GRID_LEADER,
    GRID_WORKER,
    BUILDING_LEADER,
    RESIDENT;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    public String messageKey() {
        return "role." + name();
    }
}
