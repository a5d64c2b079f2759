package org.linju.works;

/** Where a livelihood project stands (message key {@code works.status.<NAME>}). */
public enum ProjectStatus {
    PLANNED,
    UNDER_CONSTRUCTION,
    SUSPENDED,
    COMPLETED
}
