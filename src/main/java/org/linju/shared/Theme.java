package org.linju.shared;

/**
 * The campaigns a piece of work serves, shared by livelihood projects and the communities' annual ten big things so
 * that both can be found under one theme (message key {@code theme.<NAME>}).
 */
public enum Theme {
    /** 文明城市创建 */
    CIVILISED_CITY,
    /** "三微"工程: micro-renovations, micro-gardens, micro-services */
    THREE_MICRO,
    /** 应急体系建设 */
    EMERGENCY_SYSTEM,
    /** 老旧小区改造 */
    OLD_COMPOUND_RENEWAL,
    /** 背街小巷整治 */
    BACK_STREETS,
    /** 水利建设 */
    WATER,
    /** 一老一小 (care for the old and the young) */
    ELDERLY_AND_CHILDREN;

    public String messageKey() {
        return "theme." + name();
    }
}
