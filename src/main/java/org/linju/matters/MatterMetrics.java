package org.linju.matters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The three rates (三率) and their companions, by grid, community, sub-district or district, for matters reported
 * in a period, within the viewer's scope. The definitions are in docs/codes-and-metrics.md and in the page's
 * tooltips; the page, the API and the CSV export all read this one query. It adds the per-day tallies (and the
 * deltas not yet folded into them) to a live count over the open matters for what depends on the clock.
 */
@Service
class MatterMetrics {

    /**
     * One line of the table.
     *
     * @param responseRate accepted within the limit ÷ due for acceptance (null when nothing was due)
     * @param resolutionRate resolved ÷ due for resolution
     * @param satisfactionRate (satisfied + basically satisfied) ÷ rated
     * @param averageHandlingHours mean hours from report to resolution, over resolved matters
     */
    record Line(
            String code,
            String name,
            long reported,
            long acceptDue,
            long acceptedInTime,
            long resolveDue,
            long resolved,
            long rated,
            long satisfied,
            long overdue,
            @Nullable Double responseRate,
            @Nullable Double resolutionRate,
            @Nullable Double satisfactionRate,
            @Nullable Double averageHandlingHours) {}

    /** What the lines are: areas of the region tree, or the district departments red matters were handed to. */
    enum Breakdown {
        DISTRICT,
        STREET,
        COMMUNITY,
        GRID,
        DEPARTMENT;

        static Breakdown of(RegionLevel level) {
            return valueOf(level.name());
        }
    }

    /**
     * {@code {unit}} is the line's code: a prefix of the grid code, or the department. The lines are named from the
     * views the grid and identity modules publish for this join ({@code area_name}, {@code department_name}).
     */
    private static final String QUERY = """
			with counted as (
			    select grid_code, day, department_code, reported, accepted, accepted_in_time, resolved_at_set, resolved,
			           rated, satisfied, handling_seconds
			    from matter_day_tally where day between :fromDay and :toDay
			    union all
			    select grid_code, day, department_code, sign * reported, sign * accepted, sign * accepted_in_time,
			           sign * resolved_at_set, sign * resolved, sign * rated, sign * satisfied, sign * handling_seconds
			    from matter_tally_delta where day between :fromDay and :toDay
			), units as (
			    select {unit} as unit, sum(reported) as reported, sum(accepted) as accepted,
			           sum(accepted_in_time) as accepted_in_time, sum(resolved_at_set) as resolved_at_set,
			           sum(resolved) as resolved, sum(rated) as rated, sum(satisfied) as satisfied,
			           sum(handling_seconds) as handling_seconds
			    from counted
			    where grid_code like any (cast(:patterns as text[])) and (not :departments or department_code <> '')
			    group by 1
			), live as (
			    select {liveUnit} as unit,
			           count(*) filter (where accepted_at is null and accept_due <= now()) as accept_late,
			           count(*) filter (where resolved_at is null and resolve_due <= now()) as resolve_late,
			           count(*) filter (where resolve_due < now() and stage <> 'DEFERRED') as overdue
			    from matter
			    where stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'MERGED')
			      and grid_code like any (cast(:patterns as text[])) and reported_at >= :from and reported_at < :to
			      and (not :departments or department_code is not null)
			    group by 1
			)
			select u.unit as code, coalesce(d.name, a.name, u.unit) as name, u.reported,
			       u.accepted + coalesce(l.accept_late, 0) as accept_due, u.accepted_in_time,
			       u.resolved_at_set + coalesce(l.resolve_late, 0) as resolve_due, u.resolved, u.rated, u.satisfied,
			       coalesce(l.overdue, 0) as overdue,
			       case when u.resolved_at_set > 0 then u.handling_seconds / u.resolved_at_set / 3600 end as average_hours
			from units u left join live l on l.unit = u.unit
			     left join department_name d on :departments and d.code = u.unit
			     left join area_name a on not :departments and a.code = u.unit
			where u.reported > 0
			order by u.unit
			""";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    MatterMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Line> by(RegionLevel level, GridScope scope, LocalDate from, LocalDate to) {
        return by(Breakdown.of(level), scope, from, to);
    }

    List<Line> by(Breakdown breakdown, GridScope scope, LocalDate from, LocalDate to) {
        boolean departments = breakdown == Breakdown.DEPARTMENT;
        String unit = departments
                ? "department_code"
                : "substring(grid_code, 1, "
                        + RegionLevel.valueOf(breakdown.name()).codeLength() + ")";
        return lines(unit, unit, departments, scope, from, to);
    }

    /** One line per calendar month (code and name {@code YYYY-MM}) for the whole scope: a trend. */
    List<Line> byMonth(GridScope scope, LocalDate from, LocalDate to) {
        return lines(
                "to_char(day, 'YYYY-MM')",
                "to_char(reported_at at time zone 'Asia/Shanghai', 'YYYY-MM')",
                false,
                scope,
                from,
                to);
    }

    private List<Line> lines(
            String unit, String liveUnit, boolean departments, GridScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql(QUERY.replace("{unit}", unit).replace("{liveUnit}", liveUnit))
                .param("departments", departments)
                .param("patterns", scope.sqlPatterns())
                .param("fromDay", from)
                .param("toDay", to)
                .param("from", from.atStartOfDay(CHINA).toOffsetDateTime())
                .param("to", to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime())
                .query((rs, row) -> line(rs))
                .list();
    }

    private static Line line(ResultSet rs) throws SQLException {
        long acceptDue = rs.getLong("accept_due");
        long resolveDue = rs.getLong("resolve_due");
        long rated = rs.getLong("rated");
        Number hours = (Number) rs.getObject("average_hours");
        return new Line(
                rs.getString("code"),
                rs.getString("name"),
                rs.getLong("reported"),
                acceptDue,
                rs.getLong("accepted_in_time"),
                resolveDue,
                rs.getLong("resolved"),
                rated,
                rs.getLong("satisfied"),
                rs.getLong("overdue"),
                ratio(rs.getLong("accepted_in_time"), acceptDue),
                ratio(rs.getLong("resolved"), resolveDue),
                ratio(rs.getLong("satisfied"), rated),
                hours == null ? null : hours.doubleValue());
    }

    private static @Nullable Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
