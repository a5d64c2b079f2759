package org.linju.grid;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** GeoJSON geometry text in and out, in WGS 84 (SRID 4326), seven decimals (about 1 cm). */
final class GeoJson {

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJson() {}

    static Geometry read(String geometryJson) throws ParseException {
        return new GeoJsonReader(FACTORY).read(geometryJson);
    }

    static String write(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }
}
