package org.linju.matters;

/**
 * The red/yellow/green list (3色事项清单): red is coordinated by the district liaison leader, yellow handled by the
 * grid leader, green closed by a grid worker or building leader.
 */
public enum Colour {
    RED,
    YELLOW,
    GREEN
}
