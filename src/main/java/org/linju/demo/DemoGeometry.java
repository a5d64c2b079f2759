package org.linju.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Made-up but plausible boundaries: Voronoi cells of random sites, smoothed by Lloyd relaxation, clipped to their
 * container, and snapped to 1e-7° so that neighbours share their edges exactly once stored as GeoJSON.
 */
final class DemoGeometry {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final PrecisionModel SEVEN_DECIMALS = new PrecisionModel(1e7);
    private static final int LLOYD_ROUNDS = 3;

    private final Random random;

    DemoGeometry(Random random) {
        this.random = random;
    }

    Polygon rectangle(Envelope extent) {
        return (Polygon) FACTORY.toGeometry(extent);
    }

    /** Splits the container into {@code count} cells, ordered west to east by their site. */
    List<Geometry> split(Geometry container, int count) {
        List<Coordinate> sites = randomSitesIn(container, count);
        List<Geometry> cells = List.of();
        for (int round = 0; round <= LLOYD_ROUNDS; round++) {
            cells = cells(container, sites);
            if (round < LLOYD_ROUNDS) {
                sites = cells.stream()
                        .map(cell -> cell.getInteriorPoint().getCoordinate())
                        .toList();
            }
        }
        List<Geometry> ordered = new ArrayList<>(cells);
        ordered.sort(
                Comparator.comparingDouble((Geometry cell) -> cell.getCentroid().getX())
                        .thenComparingDouble(cell -> cell.getCentroid().getY()));
        return ordered.stream().map(DemoGeometry::snap).toList();
    }

    private List<Geometry> cells(Geometry container, List<Coordinate> sites) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        Envelope clip = new Envelope(container.getEnvelopeInternal());
        clip.expandBy(clip.getWidth(), clip.getHeight());
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(FACTORY);
        List<Geometry> cells = new ArrayList<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i).intersection(container);
            if (!cell.isEmpty()) {
                cells.add(polygonal(cell));
            }
        }
        if (cells.size() != sites.size()) {
            throw new IllegalStateException("Voronoi split lost cells: " + cells.size() + " of " + sites.size());
        }
        return cells;
    }

    private List<Coordinate> randomSitesIn(Geometry container, int count) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(container);
        Envelope box = container.getEnvelopeInternal();
        List<Coordinate> sites = new ArrayList<>();
        while (sites.size() < count) {
            Coordinate candidate = new Coordinate(
                    box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight());
            if (prepared.contains(FACTORY.createPoint(candidate))) {
                sites.add(candidate);
            }
        }
        return sites;
    }

    private static Geometry polygonal(Geometry geometry) {
        if (geometry instanceof Polygonal) {
            return geometry;
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                polygons.add(polygon);
            }
        }
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static Geometry snap(Geometry geometry) {
        Geometry snapped = GeometryPrecisionReducer.reduce(geometry, SEVEN_DECIMALS);
        snapped.setSRID(4326);
        return snapped;
    }
}
