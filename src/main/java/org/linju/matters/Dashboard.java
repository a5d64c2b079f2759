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

/**
 * The district dashboard's numbers, all within the viewer's scope. Counts come from the running tallies plus the
 * deltas not yet folded (one statement each, so always exact); the overdue list reads the open matters' index.
 */
@Service
class Dashboard {

    /** One cell of the density map: a lng/lat box and how many matters were reported in it. */
    public record HeatCell(double south, double west, double north, double east, long count) {}

    /** An overdue open matter. */
    public record Overdue(
            String id, String trackingCode, String categoryName, String gridCode, String colour, String resolveDue) {}

    /** Everything the page draws. */
    public record Numbers(
            Map<String, Long> byColour,
            Map<String, Long> byStage,
            List<MatterMetrics.Line> rates,
            List<Overdue> overdue,
            List<HeatCell> heat) {}

    /** About 250 m cells near 31° N; the tally migration (V7_3) uses the same size. */
    private static final double CELL = 0.0025;

    private final JdbcClient jdbc;
    private final MatterMetrics metrics;

    Dashboard(JdbcClient jdbc, MatterMetrics metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
    }

    public Numbers numbers(GridScope scope) {
        String[] patterns = scope.sqlPatterns();
        Map<String, Long> byColour = counts("case when colour = '' then 'NONE' else colour end", patterns);
        Map<String, Long> byStage = counts("stage", patterns);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<MatterMetrics.Line> rates = metrics.by(RegionLevel.COMMUNITY, scope, today.minusDays(90), today);
        return new Numbers(byColour, byStage, rates, overdue(patterns), heat(patterns));
    }

    /** The 50 matters longest past their resolution limit. */
    private List<Overdue> overdue(String[] patterns) {
        return jdbc.sql("""
				select m.id, m.tracking_code, c.name, m.grid_code, coalesce(m.colour, ''),
				       to_char(m.resolve_due at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')
				from matter m join matter_category c on c.code = m.category_code
				where m.stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'MERGED') and m.stage <> 'DEFERRED'
				  and m.resolve_due < now() and m.grid_code like any (cast(:patterns as text[]))
				order by m.resolve_due limit 50
				""")
                .param("patterns", patterns)
                .query((rs, row) -> new Overdue(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** Reports per map cell, from the tallies and the deltas not yet folded in. */
    private List<HeatCell> heat(String[] patterns) {
        return jdbc.sql("""
				select cell_y, cell_x, sum(n) as n from (
				    select grid_code, cell_y, cell_x, matters as n from matter_cell_tally
				    union all
				    select grid_code, cell_y, cell_x, sign * reported from matter_tally_delta where cell_y is not null
				) t
				where grid_code like any (cast(:patterns as text[]))
				group by 1, 2 having sum(n) > 0
				""")
                .param("patterns", patterns)
                .query((rs, row) -> new HeatCell(
                        rs.getLong("cell_y") * CELL,
                        rs.getLong("cell_x") * CELL,
                        (rs.getLong("cell_y") + 1) * CELL,
                        (rs.getLong("cell_x") + 1) * CELL,
                        rs.getLong("n")))
                .list();
    }

    private Map<String, Long> counts(String key, String[] patterns) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select " + key + """
				\sas k, sum(n) as n from (
				    select grid_code, colour, stage, matters as n from matter_state_tally
				    union all
				    select grid_code, colour, stage, sign from matter_tally_delta
				) t
				where grid_code like any (cast(:patterns as text[]))
				group by 1 having sum(n) > 0 order by 1
				""").param("patterns", patterns).query(rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }
}
