package org.linju;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A county of one street, one community and one grid, written straight into the tables: a module test that needs a
 * place to work in gets one of its own without starting the grid module (whose import tests live in grid).
 *
 * <p>Counties taken (one per module test, so that they never see each other's data on their shared server): 511790
 * audit, 511791 grid, 511792 identity, 511793 residents, 511794 forces, 511795 emergency, 511796 matters, 511797
 * notify, 511798 imports, 511788 staff, 511799 workbench, 511780 agenda, 511781 meetings, 511782 registry, 511783
 * patrols, 511784 evaluation, 511785 supervision and appraisal, 511786 emergency plans. 511787 funds, 511789 funds monitoring, 511770 works, 511771 disclosure, 511772 workshops. Free: 511773 to 511779 (the
 * last two digits place the grid, {@link #west()}).
 *
 * @param county a 6-digit county code no other module test uses
 */
public record ModuleTestArea(String county) {

    private static final double LAT = 30.5;
    private static final double SIDE = 0.01;

    /** The grid's west edge: about a kilometre square, apart from every other module test's grid. */
    public double west() {
        return 100 + Integer.parseInt(county.substring(4)) / 10.0;
    }

    /** A point inside the grid. */
    public double lat() {
        return LAT + SIDE / 2;
    }

    public double lng() {
        return west() + SIDE / 2;
    }

    private String square() {
        double east = west() + SIDE;
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}"
                .formatted(west(), LAT, east, LAT, east, LAT + SIDE, west(), LAT + SIDE, west(), LAT);
    }

    public String community() {
        return county + "001001";
    }

    public String grid() {
        return community() + "01";
    }

    /** The county, its street and community, and the grid with its square boundary. */
    public ModuleTestArea create(JdbcClient jdbc) {
        createRegions(jdbc);
        jdbc.sql("""
                insert into grid (code, name, community_code, district_code, boundary, min_lng, min_lat, max_lng, max_lat)
                values (?, '模块网格', ?, ?, cast(? as jsonb), ?, ?, ?, ?)
                """)
                .params(grid(), community(), county, square(), west(), LAT, west() + SIDE, LAT + SIDE)
                .update();
        return this;
    }

    /** The grid's boundary as a boundary import takes it. */
    public String boundaries() {
        return """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "properties":{"code":"%s","name":"模块网格","communityCode":"%s"},"geometry":%s}]}
                """.formatted(grid(), community(), square());
    }

    /** The county, its street and community, without the grid. */
    public ModuleTestArea createRegions(JdbcClient jdbc) {
        String street = county + "001";
        jdbc.sql("""
                insert into region (code, name, official_name, level, parent_code, district_code) values
                (:county, '模块县', '模块县', 'DISTRICT', null, :county),
                (:street, '模块街道', '模块街道', 'STREET', :county, :county),
                (:community, '模块社区', '模块社区居委会', 'COMMUNITY', :street, :county)
                """)
                .param("county", county)
                .param("street", street)
                .param("community", community())
                .update();
        return this;
    }
}
