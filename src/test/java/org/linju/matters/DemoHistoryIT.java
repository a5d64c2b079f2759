package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.demo.DemoHistory;
import org.linju.grid.GridIndex;
import org.linju.grid.GridLocator;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A few days of the demo history, replayed over three communities of the demo district (none that other tests work
 * in): every step goes through the services, so the dashboard and the three rates agree with a
 * recount of the matters, and the rates come out as a living district's do.
 */
class DemoHistoryIT extends WebIntegrationTest {

    @Autowired
    DemoHistory history;

    @Autowired
    GridLocator locator;

    @Autowired
    Dashboard dashboard;

    @Autowired
    MatterMetrics metrics;

    @Test
    void aReplayedPastAgreesWithTheTalliesAndItsRatesAreThoseOfALivingDistrict() {
        TreeSet<String> communities = locator.grids().stream()
                .map(GridIndex.Entry::communityCode)
                .collect(Collectors.toCollection(TreeSet::new));
        // Three from the middle of the district: the home community and its neighbours (the first four) and the last
        // grid (MetricsIT) are other tests' ground.
        Set<String> replayed = Set.copyOf(List.copyOf(communities).subList(12, 15));
        GridScope scope = GridScope.of(replayed.stream().map(RegionCode::of).toList());

        DemoHistory.Outcome outcome = history.replay(12, replayed);

        assertThat(outcome.refused())
                .as("every planned step is one the services allow")
                .isZero();
        assertThat(jdbc.sql("select count(*) from matter where grid_code like any (cast(? as text[]))")
                        .param(scope.sqlPatterns())
                        .query(Long.class)
                        .single())
                .isEqualTo(outcome.matters());
        assertThat(jdbc.sql("""
						select count(*) from matter_timeline t join matter m on m.id = t.matter_id
						where m.grid_code like any (cast(? as text[])) and t.at > now()
						""").param(scope.sqlPatterns()).query(Long.class).single())
                .as("the past is in the past")
                .isZero();
        new TallyRecount(jdbc, dashboard, metrics).assertAgrees(scope, 12);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<MatterMetrics.Line> lines = metrics.by(RegionLevel.COMMUNITY, scope, today.minusDays(12), today);
        assertThat(lines).hasSize(3);
        long acceptDue = lines.stream().mapToLong(MatterMetrics.Line::acceptDue).sum();
        long resolveDue =
                lines.stream().mapToLong(MatterMetrics.Line::resolveDue).sum();
        long rated = lines.stream().mapToLong(MatterMetrics.Line::rated).sum();
        assertThat(ratio(
                        lines.stream()
                                .mapToLong(MatterMetrics.Line::acceptedInTime)
                                .sum(),
                        acceptDue))
                .isBetween(0.8, 0.98);
        assertThat(ratio(lines.stream().mapToLong(MatterMetrics.Line::resolved).sum(), resolveDue))
                .isBetween(0.8, 0.99);
        assertThat(ratio(lines.stream().mapToLong(MatterMetrics.Line::satisfied).sum(), rated))
                .isBetween(0.8, 0.99);
    }

    private static double ratio(long part, long whole) {
        return (double) part / whole;
    }
}
