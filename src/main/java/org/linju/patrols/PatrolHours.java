package org.linju.patrols;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code patrols.patrols}: hours on patrol (finished patrols started in the period), per grid and per worker. A patrol
 * counts from its track's first to its last point within its start and end (from start to end when it has no track),
 * at most {@code linju.patrols.max-hours}; a person's patrols that overlap count their overlap once. So a patrol
 * started and left running, or claimed a week long, does not inflate the hours.
 */
@Component
class PatrolHours extends TraceIndicator {

    /** Each finished patrol with the span it counts: {@code c.s} until {@code c.e}, never longer than the cap. */
    private static final String COUNTED = """
			from patrol p
			cross join lateral (select min(t.at) as first, max(t.at) as last from patrol_point t
			                    where t.patrol_id = p.id) t
			cross join lateral (select greatest(p.started_at, coalesce(t.first, p.started_at)) as s,
			                           least(p.ended_at, coalesce(t.last, p.ended_at)) as e) b
			cross join lateral (select b.s, greatest(b.s, least(b.e, b.s + cast(:cap as float8) * interval '1 hour'))
			                           as e) c
			""";

    /** One person's counted time in one grid as disjoint spans, from the patrols that match {@code %s}. */
    private static final String SPANS = """
			select p.grid_code, p.worker_id, unnest(range_agg(tstzrange(c.s, c.e))) as span
			""" + COUNTED + """
			where %s and p.ended_at is not null and p.started_at >= :since and p.started_at < :till
			group by p.grid_code, p.worker_id
			""";

    private final double maxHours;

    PatrolHours(JdbcClient jdbc, @Value("${linju.patrols.max-hours:12}") double maxHours) {
        super(jdbc);
        this.maxHours = maxHours;
    }

    @Override
    public String key() {
        return "patrols.patrols";
    }

    @Override
    Map<String, ?> parameters() {
        return Map.of("cap", maxHours);
    }

    @Override
    String perGrid() {
        return "select grid_code, sum(extract(epoch from upper(span) - lower(span))) / 3600.0 from ("
                + SPANS.formatted("p.grid_code = any (cast(:members as text[]))") + ") s group by grid_code";
    }

    @Override
    String perWorker() {
        return "select worker_id, sum(extract(epoch from upper(span) - lower(span))) / 3600.0 from ("
                + SPANS.formatted("p.worker_id = any (cast(:members as uuid[]))") + ") s group by worker_id";
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return evidence("""
				select p.started_at as at, p.worker_id,
				       p.worker_name || ' ' || to_char(p.started_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
				       || '–' || to_char(p.ended_at at time zone 'Asia/Shanghai', 'HH24:MI') || ' · '
				       || to_char(extract(epoch from c.e - c.s) / 3600.0, 'FM990.0') || ' h' as summary
				""" + COUNTED + """
				where p.grid_code = :area and p.ended_at is not null and p.started_at >= :since and p.started_at < :till
				order by p.started_at desc limit :limit
				""", gridCode, from, until, limit);
    }
}
