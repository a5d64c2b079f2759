package org.linju.emergency;

/** What kind of emergency. Labels are {@code emergency.kind.NAME}. */
public enum EmergencyKind {
    FLOOD,
    FIRE,
    EARTHQUAKE,
    GEOLOGICAL,
    EPIDEMIC,
    WEATHER,
    SAFETY,
    OTHER
}
