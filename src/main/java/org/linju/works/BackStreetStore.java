package org.linju.works;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of the back-street register, the works done on each street, and the programmes' targets. */
@Repository
class BackStreetStore {

    private final JdbcClient jdbc;

    BackStreetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID id, StreetDraft draft, BigDecimal length, @Nullable WorkGeometry location, Instant at) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", id);
        values.put("name", draft.name().strip());
        values.put("area", draft.area());
        values.put("year", draft.year());
        values.put("length", length);
        values.put("target", draft.targetGrade().name());
        values.put(
                "achieved",
                draft.achievedGrade() == null ? null : draft.achievedGrade().name());
        values.put("held", draft.demolitionHeld());
        values.put("geometry", location == null ? null : location.geoJson());
        values.put("lat", location == null ? null : location.lat());
        values.put("lng", location == null ? null : location.lng());
        values.put("at", Timestamp.from(at));
        jdbc.sql("""
                insert into back_street (id, name, area_code, year, length_m, target_grade, achieved_grade,
                    demolition_held, geometry, point_lat, point_lng, created_at, updated_at)
                values (:id, :name, :area, :year, :length, :target, :achieved, :held, cast(:geometry as jsonb), :lat,
                    :lng, :at, :at)
                on conflict (id) do update set name = excluded.name, area_code = excluded.area_code,
                    year = excluded.year, length_m = excluded.length_m, target_grade = excluded.target_grade,
                    achieved_grade = excluded.achieved_grade, demolition_held = excluded.demolition_held,
                    geometry = excluded.geometry, point_lat = excluded.point_lat, point_lng = excluded.point_lng,
                    updated_at = excluded.updated_at
                """).params(values).update();
    }

    Optional<BackStreet> find(UUID id) {
        return jdbc.sql("select * from back_street where id = ?")
                .param(id)
                .query(BackStreetStore::street)
                .optional();
    }

    static BackStreet street(ResultSet rs, int row) throws SQLException {
        String achieved = rs.getString("achieved_grade");
        String geometry = rs.getString("geometry");
        WorkGeometry location = geometry == null
                ? null
                : new WorkGeometry(
                        geometry,
                        GeometryKind.LINE,
                        rs.getDouble("length_m"),
                        rs.getDouble("point_lat"),
                        rs.getDouble("point_lng"));
        return new BackStreet(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("area_code"),
                rs.getInt("year"),
                rs.getBigDecimal("length_m"),
                StreetGrade.valueOf(rs.getString("target_grade")),
                achieved == null ? null : StreetGrade.valueOf(achieved),
                rs.getBoolean("demolition_held"),
                location);
    }

    void accept(UUID id, @Nullable StreetGrade achieved, Instant at) {
        jdbc.sql("update back_street set achieved_grade = ?, updated_at = ? where id = ?")
                .params(achieved == null ? null : achieved.name(), Timestamp.from(at), id)
                .update();
    }

    void recordWork(UUID street, StreetWork work, LocalDate doneOn) {
        jdbc.sql("""
                insert into back_street_work (street_id, work, done_on) values (?, ?, ?)
                on conflict (street_id, work) do update set done_on = excluded.done_on
                """).params(street, work.name(), Date.valueOf(doneOn)).update();
    }

    List<DoneWork> works(UUID street) {
        return jdbc.sql("select work, done_on from back_street_work where street_id = ? order by done_on, work")
                .param(street)
                .query((rs, row) -> new DoneWork(
                        StreetWork.valueOf(rs.getString("work")), rs.getObject("done_on", LocalDate.class)))
                .list();
    }

    void addTarget(ProgrammeTarget target, Instant at) {
        jdbc.sql("""
                insert into back_street_target (id, label, area_code, year_from, year_to, boutique, fine, standard,
                    total, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        target.id(),
                        target.label(),
                        target.areaCode(),
                        target.yearFrom(),
                        target.yearTo(),
                        target.boutique(),
                        target.fine(),
                        target.standard(),
                        target.total(),
                        Timestamp.from(at))
                .update();
    }
}
