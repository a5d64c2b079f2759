package org.linju.workshops;

import java.sql.Array;
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
import org.linju.identity.CurrentUser;
import org.linju.shared.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Draws, inspections, their teams and checklists. */
@Repository
class InspectionStore {

    static final String SELECT = """
            select i.*, w.name as workshop_name,
                   (select array_agg(t.name order by t.name) from workshop_inspector t where t.inspection_id = i.id) as team
            """;
    static final String FROM = "from workshop_inspection i join workshop w on w.id = i.workshop_id";

    private final JdbcClient jdbc;

    InspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The inspections a viewer may see: those in their scope, and, unless they are of the supervision roles, only
     * those carried out or whose day has passed, so an inspection still to come reaches no one near the workshop.
     */
    static ListQuery.Condition visibleTo(CurrentUser viewer, LocalDate today) {
        ListQuery.Condition scope =
                ListQuery.codesUnder("i.grid_code", viewer.scope().sqlPatterns());
        Map<String, Object> values = new HashMap<>(scope.values());
        if (WorkshopAccess.supervises(viewer)) {
            return new ListQuery.Condition(scope.sql(), values);
        }
        values.put("visibleBefore", today);
        return new ListQuery.Condition(
                "(" + scope.sql() + ") and (i.conducted_at is not null or i.day < :visibleBefore)", values);
    }

    void insertDraw(
            UUID id, String area, LocalDate from, LocalDate to, int asked, int pool, CurrentUser by, Instant at) {
        jdbc.sql("""
                insert into workshop_draw (id, area_code, period_from, period_to, asked, pool, drawn_by, drawn_by_name, drawn_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, area, from, to, asked, pool, by.id(), by.displayName(), Timestamp.from(at))
                .update();
    }

    void insert(UUID id, Workshop workshop, UUID drawId, LocalDate day, Map<UUID, String> team) {
        jdbc.sql("""
                insert into workshop_inspection (id, workshop_id, grid_code, draw_id, day) values (?, ?, ?, ?, ?)
                """)
                .params(id, workshop.id(), workshop.gridCode(), drawId, day)
                .update();
        team.forEach((account, name) -> jdbc.sql(
                        "insert into workshop_inspector (inspection_id, account_id, name) values (?, ?, ?)")
                .params(id, account, name)
                .update());
    }

    Optional<Inspection> find(UUID id, ListQuery.Condition visible) {
        return jdbc.sql(SELECT + FROM + " where i.id = :id and (" + visible.sql() + ")")
                .params(visible.values())
                .param("id", id)
                .query((rs, row) -> toInspection(rs))
                .optional();
    }

    List<Inspection> ofWorkshop(UUID workshopId, ListQuery.Condition visible) {
        return jdbc.sql(SELECT + FROM + " where i.workshop_id = :workshop and (" + visible.sql()
                        + ") order by i.day desc")
                .params(visible.values())
                .param("workshop", workshopId)
                .query((rs, row) -> toInspection(rs))
                .list();
    }

    boolean record(UUID id, Inspection.InspectionResult result, String summary, UUID by, Instant at) {
        return jdbc.sql("""
                        update workshop_inspection set result = ?, summary = ?, conducted_by = ?, conducted_at = ?
                        where id = ? and result is null
                        """)
                        .params(result.name(), summary, by, Timestamp.from(at), id)
                        .update()
                == 1;
    }

    void insertChecks(UUID inspectionId, List<Check> checks) {
        for (int i = 0; i < checks.size(); i++) {
            Check check = checks.get(i);
            jdbc.sql("""
                    insert into workshop_check (inspection_id, position, item, label, passed, note)
                    values (?, ?, ?, ?, ?, ?)
                    """)
                    .params(inspectionId, i, check.item().name(), check.label(), check.passed(), check.note())
                    .update();
        }
    }

    List<Check> checks(UUID inspectionId) {
        return jdbc.sql("select * from workshop_check where inspection_id = ? order by position")
                .param(inspectionId)
                .query((rs, row) -> new Check(
                        CheckItem.valueOf(rs.getString("item")),
                        rs.getString("label"),
                        rs.getBoolean("passed"),
                        rs.getString("note")))
                .list();
    }

    static Inspection toInspection(ResultSet rs) throws SQLException {
        String result = rs.getString("result");
        Array team = rs.getArray("team");
        return new Inspection(
                rs.getObject("id", UUID.class),
                rs.getObject("workshop_id", UUID.class),
                rs.getString("workshop_name"),
                rs.getString("grid_code"),
                rs.getObject("day", LocalDate.class),
                result == null ? null : Inspection.InspectionResult.valueOf(result),
                rs.getString("summary"),
                team == null ? List.of() : List.of((String[]) team.getArray()));
    }
}
