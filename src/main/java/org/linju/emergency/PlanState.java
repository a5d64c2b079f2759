package org.linju.emergency;

/** Where a plan version stands: a draft awaiting review, the version in force, or one replaced by a later version. */
public enum PlanState {
    DRAFT,
    APPROVED,
    SUPERSEDED
}
