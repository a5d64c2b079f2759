package org.linju.grid;

/** What a person does in a grid. Labels are {@code duty.NAME} in the message bundles. */
public enum Duty {
    /** 网格长, also the grid's party secretary. */
    GRID_LEADER,
    /** 网格员. */
    GRID_WORKER,
    /** 楼栋长. */
    BUILDING_LEADER,
    /** A member of the grid party committee, e.g. a property-company head or owners'-committee member. */
    COMMITTEE_MEMBER
}
