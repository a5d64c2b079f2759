package org.linju.meetings;

import java.util.List;
import org.linju.forces.GovernanceRole;

/**
 * What an invited person stands for at a meeting. Labels are {@code meeting.role.NAME}. The duty-chart roles a
 * default invitation takes them from; the owners' committee is not on the duty chart, so it is picked by hand.
 */
public enum AttendeeRole {
    /** 网格党组织: the grid leader, who is also its party secretary, and the grid instructor. */
    PARTY_ORGANISATION(List.of(GovernanceRole.GRID_LEADER)),
    PROPERTY_COMPANY(List.of(GovernanceRole.PROPERTY_MANAGER)),
    OWNERS_COMMITTEE(List.of()),
    COMMUNITY_POLICE(List.of(GovernanceRole.COMMUNITY_POLICE)),
    RESIDENT_REPRESENTATIVE(List.of(GovernanceRole.RESIDENTS_GROUP_LEADER, GovernanceRole.BUILDING_LEADER)),
    OTHER(List.of());

    private final List<GovernanceRole> dutyRoles;

    AttendeeRole(List<GovernanceRole> dutyRoles) {
        this.dutyRoles = dutyRoles;
    }

    public List<GovernanceRole> dutyRoles() {
        return dutyRoles;
    }
}
