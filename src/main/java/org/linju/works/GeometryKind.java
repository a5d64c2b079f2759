package org.linju.works;

/** How a piece of work lies on the map: at a point (a heating plant), along a line (a road), over an area (a plaza). */
public enum GeometryKind {
    POINT,
    LINE,
    AREA
}
