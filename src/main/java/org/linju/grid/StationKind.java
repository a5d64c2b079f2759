package org.linju.grid;

/** 网格工作室 (in a community service centre) or 网格工作站 (in the grid). */
public enum StationKind {
    STUDIO,
    WORKSTATION
}
