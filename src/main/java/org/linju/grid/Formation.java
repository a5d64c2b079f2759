package org.linju.grid;

/** How a grid party organisation was built: for one grid alone, or jointly for neighbouring grids. */
enum Formation {
    SINGLE,
    JOINT
}
