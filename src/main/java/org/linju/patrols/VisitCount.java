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
    String measureSql(String group, String member) {
        return "select " + group + ", count(*) from patrol_visit where " + member
                + " and visited_at >= :from and visited_at < :until group by " + group;
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return evidence("""
				select visited_at as at, worker_id, worker_name || ' · ' || household || ' · ' || left(finding, 60)
				       || case when matter_code is null then '' else ' → ' || matter_code end as summary
				from patrol_visit where grid_code = :grid and visited_at >= :from and visited_at < :until
				order by visited_at desc limit :limit
				""", gridCode, from, until, limit);
    }
}
