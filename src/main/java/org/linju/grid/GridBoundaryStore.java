package org.linju.grid;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.linju.identity.GridScope;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GridBoundaryStore {

    private final JdbcClient jdbc;

    private final BoardChanges boards;

    GridBoundaryStore(JdbcClient jdbc, BoardChanges boards) {
        this.jdbc = jdbc;
        this.boards = boards;
    }

    long revision() {
        return jdbc.sql("select revision from grid_boundary_revision where id = 1")
                .query(Long.class)
                .single();
    }

    List<GridIndex.Entry> indexEntries() {
        return jdbc.sql("""
				select g.code, g.name, g.community_code, c.name as community_name, g.boundary::text as boundary
				from grid g join region c on c.code = g.community_code
				order by g.code
				""")
                .query((rs, row) -> new GridIndex.Entry(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("community_code"),
                        rs.getString("community_name"),
                        parse(rs.getString("boundary"))))
                .list();
    }

    /** Every stored boundary, keyed by grid code, for validating an import against what exists. */
    Map<String, Geometry> allBoundaries() {
        return jdbc
                .sql("select code, boundary::text as boundary from grid")
                .query((rs, row) -> Map.entry(rs.getString("code"), parse(rs.getString("boundary"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void upsert(List<GridShape> shapes) {
        boards.changed();
        for (GridShape shape : shapes) {
            Envelope box = shape.boundary().getEnvelopeInternal();
            jdbc.sql("""
					insert into grid (code, name, community_code, district_code, boundary, min_lng, min_lat, max_lng,
					                  max_lat, synthetic, updated_at)
					values (:code, :name, :community, :district, cast(:boundary as jsonb), :minLng, :minLat, :maxLng,
					        :maxLat, :synthetic, now())
					on conflict (code) do update set name = excluded.name, community_code = excluded.community_code,
					    boundary = excluded.boundary, min_lng = excluded.min_lng, min_lat = excluded.min_lat,
					    max_lng = excluded.max_lng, max_lat = excluded.max_lat, synthetic = excluded.synthetic,
					    updated_at = now()
					""")
                    .param("code", shape.code().value())
                    .param("name", shape.name())
                    .param("community", shape.communityCode().value())
                    .param("district", shape.communityCode().district().value())
                    .param("boundary", GeoJson.write(shape.boundary()))
                    .param("minLng", box.getMinX())
                    .param("minLat", box.getMinY())
                    .param("maxLng", box.getMaxX())
                    .param("maxLat", box.getMaxY())
                    .param("synthetic", shape.synthetic())
                    .update();
        }
        jdbc.sql("update grid_boundary_revision set revision = revision + 1 where id = 1")
                .update();
    }

    /** The grids in scope as a GeoJSON FeatureCollection, built by PostgreSQL in one pass. */
    String featureCollection(GridScope scope) {
        return featureCollection(
                "g.code like any (cast(:patterns as text[]))", Map.of("patterns", scope.sqlPatterns()));
    }

    String featureCollectionOfCommunity(String communityCode) {
        return featureCollection("g.community_code = :community", Map.of("community", communityCode));
    }

    private String featureCollection(String condition, Map<String, Object> params) {
        return jdbc.sql("""
				select json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
				         'type', 'Feature', 'id', g.code, 'geometry', g.boundary,
				         'properties', json_build_object('code', g.code, 'name', g.name,
				             'communityCode', g.community_code, 'communityName', c.name,
				             'streetCode', s.code, 'streetName', s.name, 'synthetic', g.synthetic))
				         order by g.code), '[]'::json))::text
				from grid g
				join region c on c.code = g.community_code
				join region s on s.code = c.parent_code
				where\s""" + condition).params(params).query(String.class).single();
    }

    private static Geometry parse(String geometryJson) {
        try {
            return GeoJson.read(geometryJson);
        } catch (ParseException e) {
            throw new IllegalStateException("stored grid boundary is not GeoJSON", e);
        }
    }
}
