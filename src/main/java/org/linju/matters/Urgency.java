package org.linju.matters;

/** How soon it must be handled. */
public enum Urgency {
    EMERGENCY,
    URGENT,
    NORMAL
}
