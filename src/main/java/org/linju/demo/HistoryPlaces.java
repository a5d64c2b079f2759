package org.linju.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linju.grid.GridIndex;
import org.linju.grid.GridLocator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/** Where in its grid a report of the history was made: a point drawn in the grid's bounds that lies in the grid. */
final class HistoryPlaces {

    private final GridLocator locator;
    private final Map<String, GridIndex.Entry> grids;

    HistoryPlaces(GridLocator locator) {
        this.locator = locator;
        this.grids = locator.grids().stream().collect(Collectors.toMap(GridIndex.Entry::code, Function.identity()));
    }

    List<GridIndex.Entry> all() {
        return List.copyOf(grids.values());
    }

    /** {lat, lng}: up to 30 draws in the bounds, else the grid's interior point. */
    double[] pointIn(String grid, Random random) {
        GridIndex.Entry entry = grids.get(grid);
        Envelope bounds = entry.boundary().getEnvelopeInternal();
        for (int i = 0; i < 30; i++) {
            double lng = bounds.getMinX() + random.nextDouble() * bounds.getWidth();
            double lat = bounds.getMinY() + random.nextDouble() * bounds.getHeight();
            if (locator.locate(lat, lng).map(found -> found.code().equals(grid)).orElse(false)) {
                return new double[] {lat, lng};
            }
        }
        Point inside = entry.boundary().getInteriorPoint();
        return new double[] {inside.getY(), inside.getX()};
    }
}
