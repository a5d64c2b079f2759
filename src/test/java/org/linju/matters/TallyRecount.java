package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linju.identity.GridScope;
import org.linju.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the dashboard and the three rates say against a plain recount over the matter table (TallyIT, DemoHistoryIT). */
final class TallyRecount {

    private final JdbcClient jdbc;
    private final Dashboard dashboard;
    private final MatterMetrics metrics;

    TallyRecount(JdbcClient jdbc, Dashboard dashboard, MatterMetrics metrics) {
        this.jdbc = jdbc;
        this.dashboard = dashboard;
        this.metrics = metrics;
    }

    /** The dashboard's numbers and the rates of the last {@code days} days, by grid and community, as recounted. */
    void assertAgrees(GridScope scope, int days) {
        Dashboard.Numbers numbers = dashboard.numbers(scope);
        assertThat(numbers.byColour()).isEqualTo(recount("coalesce(colour, 'NONE')", scope));
        assertThat(numbers.byStage()).isEqualTo(recount("stage", scope));
        long located =
                jdbc.sql("""
				select count(*) from matter where grid_code like any (cast(? as text[])) and lat is not null
				and stage not in ('VOIDED', 'MERGED')
				""").param(scope.sqlPatterns()).query(Long.class).single();
        assertThat(numbers.heat().stream().mapToLong(Dashboard.HeatCell::count).sum())
                .isEqualTo(located);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (RegionLevel level : List.of(RegionLevel.GRID, RegionLevel.COMMUNITY)) {
            assertThat(metrics.by(level, scope, today.minusDays(days), today).stream()
                            .map(TallyRecount::counts)
                            .toList())
                    .isEqualTo(recountRates(level, scope, today.minusDays(days), today));
        }
    }

    private Map<String, Long> recount(String key, GridScope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(
                        "select " + key
                                + " as k, count(*) as n from matter where grid_code like any (cast(? as text[])) group by 1 order by 1")
                .param(scope.sqlPatterns())
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }

    private static String counts(MatterMetrics.Line line) {
        return String.join(
                ",",
                line.code(),
                String.valueOf(line.reported()),
                String.valueOf(line.acceptDue()),
                String.valueOf(line.acceptedInTime()),
                String.valueOf(line.resolveDue()),
                String.valueOf(line.resolved()),
                String.valueOf(line.rated()),
                String.valueOf(line.satisfied()),
                String.valueOf(line.overdue()));
    }

    /** The definitions in docs/codes-and-metrics.md, counted the slow way. */
    List<String> recountRates(RegionLevel level, GridScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
				select concat_ws(',', unit, count(*),
				       count(*) filter (where accepted_at is not null or accept_due <= now()),
				       count(*) filter (where accepted_at <= accept_due),
				       count(*) filter (where resolved_at is not null or resolve_due <= now()),
				       count(*) filter (where stage in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF')),
				       count(*) filter (where rating is not null),
				       count(*) filter (where rating in ('SATISFIED', 'BASICALLY_SATISFIED')),
				       count(*) filter (where resolve_due < now() and stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'DEFERRED')))
				from (select substring(grid_code, 1, :length) as unit, * from matter) m
				where grid_code like any (cast(:patterns as text[])) and stage not in ('VOIDED', 'MERGED')
				  and (reported_at at time zone 'Asia/Shanghai')::date between :from and :to
				group by unit order by unit
				""")
                .param("length", level.codeLength())
                .param("patterns", scope.sqlPatterns())
                .param("from", from)
                .param("to", to)
                .query(String.class)
                .list();
    }
}
