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

/**
 * Patrols, their tracks and visits. A record is inserted with {@code on conflict do nothing} on its key and then read
 * back: a key sent twice answers the first record, also when two copies arrive at the same time.
 */
@Repository
class PatrolStore {

    static final String PATROL_COLUMNS = """
			p.*, (select count(*) from patrol_point t where t.patrol_id = p.id) as points,
			(select count(*) from patrol_visit v where v.patrol_id = p.id) as visits
			""";

    private final JdbcClient jdbc;

    PatrolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Patrol start(UUID workerId, String workerName, String gridCode, String key, Instant at) {
        jdbc.sql("""
				insert into patrol (id, client_key, worker_id, worker_name, grid_code, started_at)
				values (?, ?, ?, ?, ?, ?) on conflict (worker_id, client_key) do nothing
				""")
                .params(UUID.randomUUID(), key, workerId, workerName, gridCode, Timestamp.from(at))
                .update();
        return patrol(workerId, key).orElseThrow();
    }

    /**
     * Ends the worker's patrol still running that started before {@code before}: its stop was lost. It ends at its
     * last recorded point, or where it started if it has none; a stop arriving later keeps that end.
     */
    void endAbandoned(UUID workerId, Instant before) {
        jdbc.sql("""
				update patrol p
				set ended_at = greatest(p.started_at, coalesce((select max(t.at) from patrol_point t where t.patrol_id = p.id),
				                                               p.started_at))
				where p.worker_id = ? and p.ended_at is null and p.started_at < ?
				""").params(workerId, Timestamp.from(before)).update();
    }

    boolean running(UUID workerId) {
        return jdbc.sql("select exists (select 1 from patrol where worker_id = ? and ended_at is null)")
                .param(workerId)
                .query(Boolean.class)
                .single();
    }

    Optional<Patrol> patrol(UUID workerId, String key) {
        return jdbc.sql("select " + PATROL_COLUMNS + " from patrol p where p.worker_id = ? and p.client_key = ?")
                .params(workerId, key)
                .query(PatrolStore::patrol)
                .optional();
    }

    Optional<Patrol> patrol(UUID id) {
        return jdbc.sql("select " + PATROL_COLUMNS + " from patrol p where p.id = ?")
                .param(id)
                .query(PatrolStore::patrol)
                .optional();
    }

    /** Adds the points not stored yet; a batch sent again adds nothing. */
    int addPoints(UUID patrolId, List<TrackPoint> points) {
        if (points.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
				insert into patrol_point (patrol_id, at, lat, lng)
				select :patrol, a, y, x from unnest(cast(:ats as timestamptz[]), cast(:lats as float8[]),
				                                     cast(:lngs as float8[])) as t(a, y, x)
				on conflict do nothing
				""")
                .param("patrol", patrolId)
                .param("ats", points.stream().map(p -> Timestamp.from(p.at())).toArray(Timestamp[]::new))
                .param("lats", points.stream().map(TrackPoint::lat).toArray(Double[]::new))
                .param("lngs", points.stream().map(TrackPoint::lng).toArray(Double[]::new))
                .update();
    }

    /** Ends a running patrol (a stop sent twice keeps the first end), never before it started. */
    void stop(UUID patrolId, Instant at) {
        jdbc.sql("update patrol set ended_at = greatest(?, started_at) where id = ? and ended_at is null")
                .params(Timestamp.from(at), patrolId)
                .update();
    }

    List<Patrol> patrolsOf(UUID workerId, Instant from, Instant until) {
        return jdbc.sql("select " + PATROL_COLUMNS
                        + " from patrol p where p.worker_id = ? and p.started_at >= ? and p.started_at < ?"
                        + " order by p.started_at")
                .params(workerId, Timestamp.from(from), Timestamp.from(until))
                .query(PatrolStore::patrol)
                .list();
    }

    List<TrackPoint> track(UUID patrolId) {
        return jdbc.sql("select at, lat, lng from patrol_point where patrol_id = ? order by at")
                .param(patrolId)
                .query((rs, n) -> new TrackPoint(rs.getTimestamp(1).toInstant(), rs.getDouble(2), rs.getDouble(3)))
                .list();
    }

    static Patrol patrol(ResultSet rs, int row) throws SQLException {
        return new Patrol(
                rs.getObject("id", UUID.class),
                rs.getString("client_key"),
                rs.getObject("worker_id", UUID.class),
                rs.getString("worker_name"),
                rs.getString("grid_code"),
                rs.getTimestamp("started_at").toInstant(),
                instant(rs.getTimestamp("ended_at")),
                rs.getTimestamp("thinned_at") != null,
                rs.getInt("points"),
                rs.getInt("visits"));
    }

    static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
