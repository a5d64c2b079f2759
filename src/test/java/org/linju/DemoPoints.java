package org.linju;

import java.util.Map;
import org.linju.grid.GridLocator;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Points inside a demo grid, found on a 20 × 20 lattice over its bounding box and checked with the locator. */
public final class DemoPoints {

    private DemoPoints() {}

    public static double[] in(String grid, JdbcClient jdbc, GridLocator locator) {
        Map<String, Object> box = jdbc.sql("select min_lng, min_lat, max_lng, max_lat from grid where code = ?")
                .param(grid)
                .query()
                .singleRow();
        double minLng = (Double) box.get("min_lng"), minLat = (Double) box.get("min_lat");
        double maxLng = (Double) box.get("max_lng"), maxLat = (Double) box.get("max_lat");
        for (int i = 1; i < 20; i++) {
            for (int j = 1; j < 20; j++) {
                double lng = minLng + (maxLng - minLng) * i / 20, lat = minLat + (maxLat - minLat) * j / 20;
                if (locator.locate(lat, lng).map(g -> g.code().equals(grid)).orElse(false)) {
                    return new double[] {lat, lng};
                }
            }
        }
        throw new AssertionError("no point found in " + grid);
    }
}
