package org.linju.matters;

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
 * tooltips; the page, the API and the CSV export all read this one query.
 */
@Service
public class MatterMetrics {

	/**
	 * One line of the table.
	 *
	 * @param responseRate accepted within the limit ÷ due for acceptance (null when nothing was due)
	 * @param resolutionRate resolved ÷ due for resolution
	 * @param satisfactionRate (satisfied + basically satisfied) ÷ rated
	 * @param averageHandlingHours mean hours from report to resolution, over resolved matters
	 */
	public record Line(String code, String name, long reported, long acceptDue, long acceptedInTime, long resolveDue,
			long resolved, long rated, long satisfied, long overdue, @Nullable Double responseRate,
			@Nullable Double resolutionRate, @Nullable Double satisfactionRate, @Nullable Double averageHandlingHours) {
	}

	/** What the lines are: areas of the region tree, or the district departments red matters were handed to. */
	public enum Breakdown {
		DISTRICT, STREET, COMMUNITY, GRID, DEPARTMENT;

		static Breakdown of(RegionLevel level) {
			return valueOf(level.name());
		}
	}

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	MatterMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Line> by(RegionLevel level, GridScope scope, LocalDate from, LocalDate to) {
		return by(Breakdown.of(level), scope, from, to);
	}

	public List<Line> by(Breakdown breakdown, GridScope scope, LocalDate from, LocalDate to) {
		String names = switch (breakdown) {
			case GRID -> "grid";
			case DEPARTMENT -> "department";
			default -> "region";
		};
		String unit = breakdown == Breakdown.DEPARTMENT ? "m.department_code"
				: "substring(m.grid_code, 1, " + RegionLevel.valueOf(breakdown.name()).codeLength() + ")";
		return jdbc.sql("""
				with scoped as (
				    select m.*,\s""" + unit + """
				\sas unit from matter m
				    where m.grid_code like any (cast(:patterns as text[]))
				      and (:everything or m.department_code is not null)
				      and m.reported_at >= :from and m.reported_at < :to and m.stage not in ('VOIDED', 'MERGED')
				)
				select s.unit as code, coalesce(n.name, s.unit) as name,
				       count(*) as reported,
				       count(*) filter (where s.accepted_at is not null or s.accept_due <= now()) as accept_due,
				       count(*) filter (where s.accepted_at <= s.accept_due) as accepted_in_time,
				       count(*) filter (where s.resolved_at is not null or s.resolve_due <= now()) as resolve_due,
				       count(*) filter (where s.stage in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF')) as resolved,
				       count(*) filter (where s.rating is not null) as rated,
				       count(*) filter (where s.rating in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied,
				       count(*) filter (where s.resolve_due < now()
				                          and s.stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'DEFERRED')) as overdue,
				       avg(extract(epoch from s.resolved_at - s.reported_at) / 3600)
				           filter (where s.resolved_at is not null) as average_hours
				from scoped s left join\s""" + names + """
				\sn on n.code = s.unit
				group by s.unit, n.name
				order by s.unit
				""")
			.param("everything", breakdown != Breakdown.DEPARTMENT)
			.param("patterns", scope.sqlPatterns())
			.param("from", from.atStartOfDay(CHINA).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime())
			.query((rs, row) -> {
				long acceptDue = rs.getLong("accept_due");
				long resolveDue = rs.getLong("resolve_due");
				long rated = rs.getLong("rated");
				Number hours = (Number) rs.getObject("average_hours");
				return new Line(rs.getString("code"), rs.getString("name"), rs.getLong("reported"), acceptDue,
						rs.getLong("accepted_in_time"), resolveDue, rs.getLong("resolved"), rated,
						rs.getLong("satisfied"), rs.getLong("overdue"), ratio(rs.getLong("accepted_in_time"), acceptDue),
						ratio(rs.getLong("resolved"), resolveDue), ratio(rs.getLong("satisfied"), rated),
						hours == null ? null : hours.doubleValue());
			})
			.list();
	}

	private static @Nullable Double ratio(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}
}
