package org.linju.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linju.grid.BoundaryImportOutcome;
import org.linju.grid.GridBoundaryImport;
import org.linju.grid.GridShape;
import org.linju.grid.RegionView;
import org.linju.identity.GridScope;
import org.linju.shared.GridCode;
import org.linju.shared.RegionCode;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * The demo's 287 synthetic grids: the urban area split into one area per community, each community's area split
 * into its grids, and the boundaries registered.
 */
@Component
class DemoGridBoundaries {

    static final int GRIDS = 287;
    /** Around the urban centre of Dachuan; about 7.6 km × 5.8 km, the district's 43.77 km² of urban area. */
    static final Envelope URBAN_EXTENT = new Envelope(107.46, 107.54, 31.175, 31.227);

    private final GridBoundaryImport boundaries;

    DemoGridBoundaries(GridBoundaryImport boundaries) {
        this.boundaries = boundaries;
    }

    /** Draws the communities' grids and registers their boundaries; returns each community's grids in order. */
    Map<RegionView, List<GridShape>> register(List<RegionView> communities, DemoGeometry geometry) {
        Map<RegionView, List<GridShape>> grids = draw(communities, geometry);
        List<GridShape> allGrids = grids.values().stream().flatMap(List::stream).toList();
        BoundaryImportOutcome outcome = boundaries.register(allGrids, GridScope.unrestricted());
        if (!outcome.succeeded()) {
            throw new IllegalStateException("demo grids were refused: " + outcome.problems());
        }
        return grids;
    }

    private static Map<RegionView, List<GridShape>> draw(List<RegionView> communities, DemoGeometry geometry) {
        List<Geometry> areas = geometry.split(geometry.rectangle(URBAN_EXTENT), communities.size());
        Map<RegionView, List<GridShape>> grids = new LinkedHashMap<>();
        int base = GRIDS / communities.size();
        int extra = GRIDS % communities.size();
        for (int i = 0; i < communities.size(); i++) {
            RegionView community = communities.get(i);
            int count = base + (i < extra ? 1 : 0);
            List<Geometry> cells = geometry.split(areas.get(i), count);
            List<GridShape> shapes = new ArrayList<>();
            for (int sequence = 1; sequence <= cells.size(); sequence++) {
                RegionCode communityCode = RegionCode.of(community.code());
                shapes.add(new GridShape(
                        GridCode.of(communityCode, sequence),
                        community.name() + "第" + sequence + "网格",
                        communityCode,
                        cells.get(sequence - 1),
                        true));
            }
            grids.put(community, shapes);
        }
        return grids;
    }
}
