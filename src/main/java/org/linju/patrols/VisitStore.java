package org.linju.patrols;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Door-to-door visits, each once per key its phone gave it. */
@Repository
class VisitStore {

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Visit record(
            String key, @Nullable UUID patrolId, UUID workerId, String workerName, String gridCode, NewVisit visit) {
        jdbc.sql("""
				insert into patrol_visit (id, client_key, patrol_id, worker_id, worker_name, grid_code, visited_at,
				                          resident_id, household, finding, lat, lng)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (worker_id, client_key) do nothing
				""")
                .params(
                        UUID.randomUUID(),
                        key,
                        patrolId,
                        workerId,
                        workerName,
                        gridCode,
                        Timestamp.from(visit.at()),
                        visit.residentId(),
                        visit.household(),
                        visit.finding(),
                        visit.lat(),
                        visit.lng())
                .update();
        return visit(workerId, key).orElseThrow();
    }

    Optional<Visit> visit(UUID workerId, String key) {
        return jdbc.sql("select * from patrol_visit where worker_id = ? and client_key = ?")
                .params(workerId, key)
                .query(VisitStore::visit)
                .optional();
    }

    Optional<Visit> visit(UUID id) {
        return jdbc.sql("select * from patrol_visit where id = ?")
                .param(id)
                .query(VisitStore::visit)
                .optional();
    }

    void linkMatter(UUID visitId, String matterId, String trackingCode) {
        jdbc.sql("update patrol_visit set matter_id = ?, matter_code = ? where id = ?")
                .params(matterId, trackingCode, visitId)
                .update();
    }

    List<Visit> visitsOf(UUID workerId, Instant from, Instant until) {
        return jdbc.sql("select * from patrol_visit where worker_id = ? and visited_at >= ? and visited_at < ?"
                        + " order by visited_at")
                .params(workerId, Timestamp.from(from), Timestamp.from(until))
                .query(VisitStore::visit)
                .list();
    }

    static Visit visit(ResultSet rs, int row) throws SQLException {
        double lat = rs.getDouble("lat");
        boolean located = !rs.wasNull();
        return new Visit(
                rs.getObject("id", UUID.class),
                rs.getString("client_key"),
                rs.getObject("patrol_id", UUID.class),
                rs.getObject("worker_id", UUID.class),
                rs.getString("worker_name"),
                rs.getString("grid_code"),
                rs.getTimestamp("visited_at").toInstant(),
                rs.getObject("resident_id", UUID.class),
                rs.getString("household"),
                rs.getString("finding"),
                located ? lat : null,
                located ? rs.getDouble("lng") : null,
                rs.getString("matter_id"),
                rs.getString("matter_code"));
    }
}
