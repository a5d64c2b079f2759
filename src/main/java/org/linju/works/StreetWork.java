package org.linju.works;

/** The catalogue of works done on a back street (message key {@code works.streetWork.<NAME>}). */
public enum StreetWork {
    /** 架空线入地 */
    LINES_UNDERGROUND,
    /** 拆除违法建设（占道） */
    ILLEGAL_STRUCTURES_REMOVED,
    /** 路面修缮 */
    ROAD_RESURFACED,
    /** 立面整治 */
    FACADES_RENEWED,
    /** 照明 */
    LIGHTING,
    /** 绿化 */
    GREENING,
    /** 停车秩序 */
    PARKING_ORDERED,
    /** 排水 */
    DRAINAGE
}
