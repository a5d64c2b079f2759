package org.linju.works;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of livelihood projects: the project itself, written and read back. */
@Repository
class ProjectStore {

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, ProjectDraft draft, String area, @Nullable WorkGeometry location, String by, Instant at) {
        Map<String, Object> values = values(draft, area, location, at);
        values.put("id", id);
        values.put("by", by);
        jdbc.sql("""
                insert into livelihood_project (id, name, area_code, year, status, scope_text, owner_unit, contractor,
                    geometry, geometry_kind, length_m, point_lat, point_lng, promise_year, promise_text, themes,
                    created_by, created_at, updated_at)
                values (:id, :name, :area, :year, :status, :scopeText, :owner, :contractor, cast(:geometry as jsonb),
                    :kind, :length, :lat, :lng, :promiseYear, :promiseText, cast(:themes as text[]), :by, :at, :at)
                """).params(values).update();
    }

    void update(UUID id, ProjectDraft draft, String area, @Nullable WorkGeometry location, Instant at) {
        Map<String, Object> values = values(draft, area, location, at);
        values.put("id", id);
        jdbc.sql("""
                update livelihood_project set name = :name, area_code = :area, year = :year, status = :status,
                    scope_text = :scopeText, owner_unit = :owner, contractor = :contractor,
                    geometry = cast(:geometry as jsonb), geometry_kind = :kind, length_m = :length, point_lat = :lat,
                    point_lng = :lng, promise_year = :promiseYear, promise_text = :promiseText,
                    themes = cast(:themes as text[]), updated_at = :at
                where id = :id
                """).params(values).update();
    }

    private static Map<String, Object> values(
            ProjectDraft draft, String area, @Nullable WorkGeometry location, Instant at) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", draft.name().strip());
        values.put("area", area);
        values.put("year", draft.year());
        values.put("status", draft.status().name());
        values.put("scopeText", draft.scopeText().strip());
        values.put("owner", draft.ownerUnit());
        values.put("contractor", draft.contractor().strip());
        values.put("geometry", location == null ? null : location.geoJson());
        values.put("kind", location == null ? null : location.kind().name());
        values.put("length", location == null ? null : location.lengthMetres());
        values.put("lat", location == null ? null : location.lat());
        values.put("lng", location == null ? null : location.lng());
        values.put("promiseYear", draft.promiseYear());
        values.put("promiseText", blankToNull(draft.promiseText()));
        values.put("themes", draft.themes().stream().map(Theme::name).distinct().toArray(String[]::new));
        values.put("at", Timestamp.from(at));
        return values;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Optional<LivelihoodProject> find(UUID id) {
        return jdbc.sql("select * from livelihood_project where id = ?")
                .param(id)
                .query(ProjectStore::project)
                .optional();
    }

    void setStatus(UUID id, ProjectStatus status, Instant at) {
        jdbc.sql("update livelihood_project set status = ?, updated_at = ? where id = ?")
                .params(status.name(), Timestamp.from(at), id)
                .update();
    }

    static LivelihoodProject project(ResultSet rs, int row) throws SQLException {
        return new LivelihoodProject(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("area_code"),
                rs.getInt("year"),
                ProjectStatus.valueOf(rs.getString("status")),
                rs.getString("scope_text"),
                rs.getString("owner_unit"),
                rs.getString("contractor"),
                location(rs),
                rs.getObject("promise_year", Integer.class),
                rs.getString("promise_text"),
                themes(rs.getArray("themes")),
                rs.getInt("progress"),
                rs.getTimestamp("updated_at").toInstant());
    }

    static @Nullable WorkGeometry location(ResultSet rs) throws SQLException {
        String geometry = rs.getString("geometry");
        if (geometry == null) {
            return null;
        }
        Double length = rs.getObject("length_m") == null ? null : rs.getDouble("length_m");
        return new WorkGeometry(
                geometry,
                GeometryKind.valueOf(rs.getString("geometry_kind")),
                length,
                rs.getDouble("point_lat"),
                rs.getDouble("point_lng"));
    }

    private static List<Theme> themes(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Theme::valueOf).toList();
    }
}
