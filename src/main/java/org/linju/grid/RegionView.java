package org.linju.grid;

import org.linju.shared.RegionLevel;

/**
 * A node of the tree as a viewer sees it.
 *
 * @param gridCount grids beneath the node that are in the viewer's scope
 */
public record RegionView(String code, String name, RegionLevel level, String parentCode, long gridCount) {}
