package org.linju.patrols;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code patrols.visits}: door-to-door visits made in the period, per grid and per worker. */
@Component
class VisitCount extends TraceIndicator {

    VisitCount(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public String key() {
        return "patrols.visits";
    }

    @Override
    String perGrid() {
        return """
				select grid_code, count(*) from patrol_visit
				where grid_code = any (cast(:members as text[])) and visited_at >= :since and visited_at < :till
				group by grid_code
				""";
    }

    @Override
    String perWorker() {
        return """
				select worker_id, count(*) from patrol_visit
				where worker_id = any (cast(:members as uuid[])) and visited_at >= :since and visited_at < :till
				group by worker_id
				""";
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return evidence("""
				select visited_at as at, worker_id, worker_name || ' · ' || household || ' · ' || left(finding, 60)
				       || case when matter_code is null then '' else ' → ' || matter_code end as summary
				from patrol_visit where grid_code = :area and visited_at >= :since and visited_at < :till
				order by visited_at desc limit :limit
				""", gridCode, from, until, limit);
    }
}
