package org.linju;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several grids in one module test county's community, for tests that need a second grid (someone who must not see
 * the first grid's records). Safe to ask again: the county and each grid are created only once per database, so
 * module tests sharing a county (supervision and appraisal use 511785) can both ask for it.
 */
public record ModuleTestGrids(ModuleTestArea area) {

    public static ModuleTestGrids in(String county, JdbcClient jdbc) {
        ModuleTestArea area = new ModuleTestArea(county);
        boolean exists = jdbc.sql("select exists (select 1 from region where code = ?)")
                .param(county)
                .query(Boolean.class)
                .single();
        if (!exists) {
            area.createRegions(jdbc);
        }
        return new ModuleTestGrids(area);
    }

    /** Grid {@code n} (1 to 99) of the community, created if missing, as a small square of its own. */
    public String grid(int n, JdbcClient jdbc) {
        String code = area.community() + "%02d".formatted(n);
        double west = area.west() + n * 0.001;
        double south = area.lat() + n * 0.001;
        double side = 0.0009;
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}"
                .formatted(west, south, west + side, south, west + side, south + side, west, south + side, west, south);
        jdbc.sql("""
                insert into grid (code, name, community_code, district_code, boundary, min_lng, min_lat, max_lng, max_lat)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) on conflict (code) do nothing
                """)
                .params(
                        code,
                        "模块网格" + n,
                        area.community(),
                        area.county(),
                        square,
                        west,
                        south,
                        west + side,
                        south + side)
                .update();
        return code;
    }
}
