package org.linju.matters;

/** Who can solve it: the grid itself, the community, or only with district coordination. */
public enum Difficulty {
    GRID,
    COMMUNITY,
    DISTRICT
}
