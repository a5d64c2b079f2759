package org.linju.matters;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linju.identity.GridScope;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The district dashboard's numbers, all within the viewer's scope. */
@Service
public class Dashboard {

	/** One cell of the density map: a lng/lat box and how many matters were reported in it. */
	public record HeatCell(double south, double west, double north, double east, long count) {
	}

	/** An overdue open matter. */
	public record Overdue(String id, String trackingCode, String categoryName, String gridCode, String colour,
			String resolveDue) {
	}

	/** Everything the page draws. */
	public record Numbers(Map<String, Long> byColour, Map<String, Long> byStage, List<MatterMetrics.Line> rates,
			List<Overdue> overdue, List<HeatCell> heat) {
	}

	/** About 250 m cells near 31° N. */
	private static final double CELL = 0.0025;

	private final JdbcClient jdbc;
	private final MatterMetrics metrics;

	Dashboard(JdbcClient jdbc, MatterMetrics metrics) {
		this.jdbc = jdbc;
		this.metrics = metrics;
	}

	public Numbers numbers(GridScope scope) {
		String[] patterns = scope.sqlPatterns();
		Map<String, Long> byColour = counts("coalesce(colour, 'NONE')", patterns);
		Map<String, Long> byStage = counts("stage", patterns);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		List<MatterMetrics.Line> rates = metrics.by(RegionLevel.COMMUNITY, scope, today.minusDays(90), today);
		List<Overdue> overdue = jdbc.sql("""
				select m.id, m.tracking_code, c.name, m.grid_code, coalesce(m.colour, ''), to_char(m.resolve_due at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
				from matter m join matter_category c on c.code = m.category_code
				where m.grid_code like any (cast(:patterns as text[])) and m.resolve_due < now()
				  and m.stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'DEFERRED', 'MERGED')
				order by m.resolve_due limit 50
				""")
			.param("patterns", patterns)
			.query((rs, row) -> new Overdue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
		List<HeatCell> heat = jdbc.sql("""
				select floor(lat / :cell) as y, floor(lng / :cell) as x, count(*) as n from matter
				where grid_code like any (cast(:patterns as text[])) and lat is not null and stage not in ('VOIDED', 'MERGED')
				group by 1, 2
				""")
			.param("cell", CELL)
			.param("patterns", patterns)
			.query((rs, row) -> new HeatCell(rs.getLong("y") * CELL, rs.getLong("x") * CELL, (rs.getLong("y") + 1) * CELL,
					(rs.getLong("x") + 1) * CELL, rs.getLong("n")))
			.list();
		return new Numbers(byColour, byStage, rates, overdue, heat);
	}

	private Map<String, Long> counts(String column, String[] patterns) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select " + column + " as k, count(*) as n from matter where grid_code like any (cast(:patterns as text[])) group by 1 order by 1")
			.param("patterns", patterns)
			.query(rs -> {
				counts.put(rs.getString("k"), rs.getLong("n"));
			});
		return counts;
	}
}
