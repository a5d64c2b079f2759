package org.linju.grid;

/** How a grid party organisation was built: for one grid alone, or jointly for neighbouring grids. */
public enum Formation {
    SINGLE,
    JOINT
}
