package org.linju.works;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * A location drawn on the map, checked with JTS: GeoJSON geometry in WGS 84 (a point, a line or an area), its length
 * along the ground for a line (a 3.47 km road) and a representative point that lies on the line or inside the area,
 * where a resident's report about the work is placed in its grid. A centroid would not do: the centroid of a bent road
 * or an L-shaped plaza may lie outside it, in another grid.
 */
public record WorkGeometry(
        String geoJson, GeometryKind kind, @Nullable Double lengthMetres, double lat, double lng) {

    /** The longest GeoJSON text a form may send, and the most vertices a drawing may have. */
    static final int MAX_CHARS = 200_000;

    static final int MAX_VERTICES = 5_000;

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** Reads and checks a drawn geometry; refuses with {@code works.geometryInvalid} what is not a sound one. */
    public static WorkGeometry of(String geoJson) {
        if (geoJson.isBlank() || geoJson.length() > MAX_CHARS) {
            throw new WorksRefused("geometry", "works.geometryInvalid");
        }
        Geometry geometry = read(geoJson);
        GeometryKind kind = kindOf(geometry);
        if (geometry.isEmpty() || !geometry.isValid() || geometry.getNumPoints() > MAX_VERTICES || !onEarth(geometry)) {
            throw new WorksRefused("geometry", "works.geometryInvalid");
        }
        Point inside = geometry.getInteriorPoint();
        Double length = kind == GeometryKind.LINE ? Math.round(metres(geometry) * 10) / 10.0 : null;
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        return new WorkGeometry(writer.write(geometry), kind, length, inside.getY(), inside.getX());
    }

    /** The length in kilometres with two decimals, as a report states it ("3.47"), or null for no line. */
    public @Nullable String kilometres() {
        return lengthMetres == null ? null : "%.2f".formatted(lengthMetres / 1000);
    }

    private static Geometry read(String geoJson) {
        try {
            return new GeoJsonReader(WGS84).read(geoJson);
        } catch (ParseException | RuntimeException e) {
            throw new WorksRefused("geometry", "works.geometryInvalid");
        }
    }

    private static GeometryKind kindOf(Geometry geometry) {
        if (geometry instanceof Point) {
            return GeometryKind.POINT;
        }
        if (geometry instanceof Lineal) {
            return GeometryKind.LINE;
        }
        if (geometry instanceof Polygonal) {
            return GeometryKind.AREA;
        }
        throw new WorksRefused("geometry", "works.geometryInvalid");
    }

    private static boolean onEarth(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                return false;
            }
        }
        return true;
    }

    /** Along the ground: the sum of each segment's great-circle (haversine) length, over every part of the line. */
    static double metres(Geometry lines) {
        double total = 0;
        for (int n = 0; n < lines.getNumGeometries(); n++) {
            Coordinate[] points = ((LineString) lines.getGeometryN(n)).getCoordinates();
            for (int i = 1; i < points.length; i++) {
                total += haversine(points[i - 1], points[i]);
            }
        }
        return total;
    }

    private static double haversine(Coordinate from, Coordinate to) {
        double dLat = Math.toRadians(to.y - from.y);
        double dLng = Math.toRadians(to.x - from.x);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(from.y)) * Math.cos(Math.toRadians(to.y)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(a));
    }
}
