package org.linju.matters;

/** Where a matter stands, after GB/T 30428. Labels are {@code stage.NAME} in the message bundles. */
public enum Stage {
    /** 上报: received, not yet registered. */
    REPORTED,
    /** 立案: registered and triaged. */
    REGISTERED,
    /** 派遣: sent to the handler its colour routes it to. */
    DISPATCHED,
    /** 签收. */
    ACCEPTED,
    /** 处置中. */
    IN_PROGRESS,
    /** 处理反馈: the handler says it is solved. */
    RESOLVED,
    /** 核查: someone checked it really is. */
    VERIFIED,
    /** 销号/结案. */
    STRUCK_OFF,
    /** 回退: the handler sent it back (wrong grid or category). */
    RETURNED,
    /** 作废 (with approval). */
    VOIDED,
    /** 缓办 (with approval). */
    DEFERRED,
    /** 合并: a duplicate; its reporter follows the matter it was merged into. */
    MERGED
}
