package org.linju.registry;

/** What became of a task a department pushed to a grid. */
public enum TaskOutcome {
    /** An item of the list: it went through. */
    ADMITTED,
    /** Outside the list, funded by a purchase of services: it went through. */
    FUNDED,
    /** A banned or retired item: refused, never shown to the grid. */
    REFUSED
}
