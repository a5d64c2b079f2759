package org.linju.forces;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Participation in a grid's project lists over a cycle: sign-ups to the grid's projects that start in the cycle, less
 * those marked absent (a sign-up not yet marked counts: the grid leader may not have taken attendance). More is better.
 * The evidence is the projects, each with its sign-ups and attendance.
 */
@Component
class ParticipationIndicator implements GridIndicator {

    private static final ZoneId CHINA = DateRange.CHINA;

    private final JdbcClient jdbc;

    ParticipationIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "forces.participation";
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public Map<String, Double> measure(Collection<String> gridCodes, LocalDate from, LocalDate until) {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql("""
				select p.grid_code, count(s.member_id) as taking_part
				from project p join project_signup s on s.project_id = p.id
				where p.grid_code = any (cast(:grids as text[])) and p.starts_at >= :from and p.starts_at < :until
				  and s.attended is not false
				group by p.grid_code
				""")
                .param("grids", gridCodes.toArray(String[]::new))
                .param("from", at(from))
                .param("until", at(until))
                .query(rs -> {
                    values.put(rs.getString("grid_code"), (double) rs.getLong("taking_part"));
                });
        return values;
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return jdbc.sql("""
				select p.id, p.title, p.starts_at, p.needed,
				       count(s.member_id) filter (where s.attended is not false) as taking_part,
				       count(s.member_id) filter (where s.attended) as attended
				from project p left join project_signup s on s.project_id = p.id
				where p.grid_code = :gridCode and p.starts_at >= :from and p.starts_at < :until
				group by p.id order by p.starts_at desc limit :limit
				""")
                .param("gridCode", gridCode)
                .param("from", at(from))
                .param("until", at(until))
                .param("limit", limit)
                .query((rs, row) -> new Evidence(
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getString("title") + " · " + rs.getLong("taking_part") + "/" + rs.getInt("needed") + " · ✓"
                                + rs.getLong("attended"),
                        "/projects/" + rs.getObject("id", UUID.class)))
                .list();
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(CHINA).toInstant());
    }
}
