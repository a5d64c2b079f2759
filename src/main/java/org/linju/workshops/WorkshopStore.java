package org.linju.workshops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workshop rows and their title history. */
@Repository
class WorkshopStore {

    private final JdbcClient jdbc;

    WorkshopStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Workshop w, UUID by, Instant at) {
        jdbc.sql("""
                insert into workshop (id, name, operator_org, grid_code, lat, lng, kind, workers, started_on, status,
                                      registered_by, registered_at)
                values (:id, :name, :org, :gridCode, :lat, :lng, :kind, :workers, :started, :status, :by, :at)
                """)
                .param("id", w.id())
                .param("name", w.name())
                .param("org", w.operatorOrg())
                .param("gridCode", w.gridCode())
                .param("lat", w.lat())
                .param("lng", w.lng())
                .param("kind", w.kind().name())
                .param("workers", w.workers())
                .param("started", w.startedOn())
                .param("status", w.status().name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Workshop> find(UUID id) {
        return jdbc.sql("select * from workshop where id = ?")
                .param(id)
                .query((rs, row) -> toWorkshop(rs))
                .optional();
    }

    /** Locks the workshop's row: awards and revocations of one workshop happen one after the other. */
    Optional<Workshop> lock(UUID id) {
        return jdbc.sql("select * from workshop where id = ? for update")
                .param(id)
                .query((rs, row) -> toWorkshop(rs))
                .optional();
    }

    void setStatus(UUID id, WorkshopStatus status) {
        jdbc.sql("update workshop set status = ? where id = ?")
                .params(status.name(), id)
                .update();
    }

    void setTitle(UUID id, TitleState title, @Nullable LocalDate since) {
        jdbc.sql("update workshop set title = ?, title_since = ? where id = ?")
                .params(title.name(), since, id)
                .update();
    }

    static Workshop toWorkshop(ResultSet rs) throws SQLException {
        return new Workshop(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("operator_org"),
                rs.getString("grid_code"),
                rs.getObject("lat", Double.class),
                rs.getObject("lng", Double.class),
                WorkKind.valueOf(rs.getString("kind")),
                rs.getInt("workers"),
                rs.getObject("started_on", LocalDate.class),
                WorkshopStatus.valueOf(rs.getString("status")),
                TitleState.valueOf(rs.getString("title")),
                rs.getObject("title_since", LocalDate.class));
    }
}
