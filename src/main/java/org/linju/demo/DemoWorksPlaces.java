package org.linju.demo;

import java.time.ZoneId;

/**
 * Where the demo's livelihood projects lie, as GeoJSON drawn inside the demo district's extent (lng 107.46–107.54, lat
 * 31.175–31.227). The road's two legs measure 3.47 km along the ground.
 */
final class DemoWorksPlaces {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static final String PLAZA = """
            {"type":"Polygon","coordinates":[[[107.5012,31.2051],[107.5049,31.2051],[107.5049,31.2078],
            [107.5031,31.2078],[107.5031,31.2066],[107.5012,31.2066],[107.5012,31.2051]]]}""";

    static final String HEATING_PLANT = """
            {"type":"Point","coordinates":[107.4873,31.2194]}""";

    static final String ROAD = """
            {"type":"LineString","coordinates":[[107.478,31.196],[107.499,31.196],[107.499,31.20925]]}""";

    static final String DRAINAGE = """
            {"type":"Polygon","coordinates":[[[107.5152,31.1861],[107.5213,31.1861],[107.5213,31.1902],
            [107.5152,31.1902],[107.5152,31.1861]]]}""";

    private DemoWorksPlaces() {}

    /** A short street line of about {@code metres} eastwards from a point of the district picked by {@code seed}. */
    static String street(int seed, int metres) {
        double lng = 107.465 + (seed * 37 % 70) / 1000.0;
        double lat = 31.18 + (seed * 53 % 45) / 1000.0;
        double east = metres / 95_120.0;
        return "{\"type\":\"LineString\",\"coordinates\":[[%.5f,%.5f],[%.5f,%.5f]]}"
                .formatted(lng, lat, lng + east, lat);
    }
}
