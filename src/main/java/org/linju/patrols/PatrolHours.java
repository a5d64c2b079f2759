package org.linju.patrols;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code patrols.patrols}: hours on patrol (finished patrols started in the period), per grid and per worker. */
@Component
class PatrolHours extends TraceIndicator {

    PatrolHours(JdbcClient jdbc) {
        super(jdbc);
    }

    @Override
    public String key() {
        return "patrols.patrols";
    }

    @Override
    String perGrid() {
        return """
				select grid_code, sum(extract(epoch from ended_at - started_at)) / 3600.0 from patrol
				where grid_code = any (cast(:members as text[])) and ended_at is not null
				  and started_at >= :since and started_at < :till
				group by grid_code
				""";
    }

    @Override
    String perWorker() {
        return """
				select worker_id, sum(extract(epoch from ended_at - started_at)) / 3600.0 from patrol
				where worker_id = any (cast(:members as uuid[])) and ended_at is not null
				  and started_at >= :since and started_at < :till
				group by worker_id
				""";
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return evidence("""
				select started_at as at, worker_id,
				       worker_name || ' ' || to_char(started_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') || '–'
				       || to_char(ended_at at time zone 'Asia/Shanghai', 'HH24:MI') as summary
				from patrol where grid_code = :area and ended_at is not null and started_at >= :since and started_at < :till
				order by started_at desc limit :limit
				""", gridCode, from, until, limit);
    }
}
