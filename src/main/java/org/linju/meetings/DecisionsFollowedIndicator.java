package org.linju.meetings;

import static org.linju.meetings.AttendanceIndicator.day;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linju.shared.DateRange;
import org.linju.shared.GridIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code meetings.decisions-followed}: of the decisions concerning the grid that fell due in the period (and whose due
 * day is over), the share done by the end of their due day (China time). A decision concerns the grid of its matter,
 * of its owner, or the grid whose meeting took it.
 */
@Component
class DecisionsFollowedIndicator implements GridIndicator {

    private static final String DUE_IN_PERIOD = """
			d.due_date >= :from and d.due_date < least(:until, :today)
			  and exists (select 1 from meeting m where m.id = d.meeting_id and m.state <> 'CANCELLED')
			""";

    private static final String ON_TIME =
            "d.done_at is not null and d.done_at < cast(d.due_date + 1 as timestamp) at time zone 'Asia/Shanghai'";

    private final JdbcClient jdbc;
    private final Clock clock;

    DecisionsFollowedIndicator(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "meetings.decisions-followed";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    /** A share (or mean) over no records is no value, not zero: the evaluation scores the grid without it. */
    @Override
    public boolean zeroWithoutRecords() {
        return false;
    }

    @Override
    public Map<String, Double> measure(Collection<String> gridCodes, LocalDate from, LocalDate until) {
        Map<String, Double> shares = new HashMap<>();
        jdbc.sql("""
				select d.grid_code, count(*) as due, count(*) filter (where %s) as on_time
				from meeting_decision d
				where d.grid_code = any (cast(:grids as text[])) and %s
				group by d.grid_code
				""".formatted(ON_TIME, DUE_IN_PERIOD))
                .param("grids", gridCodes.toArray(String[]::new))
                .param("from", from)
                .param("until", until)
                .param("today", LocalDate.now(clock.withZone(DateRange.CHINA)))
                .query(rs -> {
                    shares.put(rs.getString("grid_code"), rs.getDouble("on_time") / rs.getDouble("due"));
                });
        return shares;
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return jdbc.sql("""
				select d.id, d.meeting_id, d.text, d.due_date, %s as on_time
				from meeting_decision d
				where d.grid_code = :gridCode and %s
				order by d.due_date desc, d.id limit :limit
				""".formatted(ON_TIME, DUE_IN_PERIOD))
                .param("gridCode", gridCode)
                .param("from", from)
                .param("until", until)
                .param("today", LocalDate.now(clock.withZone(DateRange.CHINA)))
                .param("limit", limit)
                .query((rs, row) -> new Evidence(
                        day(rs.getObject("due_date", LocalDate.class)).toInstant(),
                        (rs.getBoolean("on_time") ? "✓ " : "✗ ") + rs.getString("text"),
                        "/meetings/" + rs.getObject("meeting_id", UUID.class) + "#decision-"
                                + rs.getObject("id", UUID.class)))
                .list();
    }
}
