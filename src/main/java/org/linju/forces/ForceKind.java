package org.linju.forces;

/** Which force a person belongs to. Labels are {@code force.kind.NAME} in the message bundles. */
public enum ForceKind {
    /** 区级联系领导, linked to a community. */
    LIAISON_LEADER,
    /** A cadre of a district department that "packages" grids (部门包网格). */
    DEPARTMENT_CADRE,
    /** A civil servant registered into a grid (机关干部入网进格, 网格报到). */
    REGISTERED_CADRE,
    /** A retired or stepped-down cadre serving as grid leader. */
    STEPPED_DOWN_CADRE,
    GRID_WORKER,
    BUILDING_LEADER,
    COMMUNITY_STAFF,
    /** 社区民警. */
    POLICE,
    /** A party member without a post (无职党员). */
    PARTY_MEMBER,
    /** New-employment groups: delivery riders, couriers, ride-hailing drivers. */
    NEW_EMPLOYMENT,
    VOLUNTEER,
    /** The talent pool (能人帮帮团): teachers, lawyers, plumbers, electricians … */
    TALENT
}
