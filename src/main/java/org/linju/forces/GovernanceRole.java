package org.linju.forces;

/** The nine roles of a grid's duty chart, after the district's handbook. Labels are {@code force.role.NAME}. */
public enum GovernanceRole {
    /** 网格长, also the grid party secretary. */
    GRID_LEADER,
    /** 专职网格员. */
    GRID_WORKER,
    /** 网格指导员: a registered cadre guiding the grid. */
    GRID_INSTRUCTOR,
    /** 社区民警. */
    COMMUNITY_POLICE,
    /** 居民小组长. */
    RESIDENTS_GROUP_LEADER,
    /** 楼栋长. */
    BUILDING_LEADER,
    /** 物业负责人. */
    PROPERTY_MANAGER,
    /** 人民调解员. */
    MEDIATOR,
    /** 志愿服务队长. */
    VOLUNTEER_CAPTAIN
}
