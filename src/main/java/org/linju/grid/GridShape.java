package org.linju.grid;

import org.linju.shared.GridCode;
import org.linju.shared.RegionCode;
import org.locationtech.jts.geom.Geometry;

/**
 * A grid's boundary to register: a polygon or multipolygon in longitude/latitude (WGS 84).
 *
 * @param synthetic true for made-up demo geometry, which the UI labels as such
 */
public record GridShape(GridCode code, String name, RegionCode communityCode, Geometry boundary, boolean synthetic) {}
