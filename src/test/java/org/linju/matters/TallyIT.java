package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.shared.RegionLevel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard and the rates read running tallies; whatever happened to the matters, before and after folding
 * and after a full rebuild, they must say exactly what a plain recount over the matter table says.
 */
class TallyIT extends WebIntegrationTest {

    @Autowired
    Dashboard dashboard;

    @Autowired
    MatterMetrics metrics;

    @Autowired
    TallyFolding folding;

    @Autowired
    MatterWork work;

    @Autowired
    ResidentRatings ratings;

    @Autowired
    Intake intake;

    @Autowired
    GridLocator locator;

    @Test
    void talliesAlwaysAgreeWithARecount() {
        MatterFixtures fixtures = new MatterFixtures(jdbc, locator, accounts, intake);
        CurrentUser leader = accounts.loadUserByUsername("leader");
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        MatterView done = fixtures.triaged(work, Urgency.NORMAL, Difficulty.COMMUNITY);
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.Dispatch(null, null));
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.Accept());
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.Start(List.of()));
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.Resolve("已修复", List.of()));
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.Verify(null, List.of()));
        done = work.takeStep(leader, done.id(), done.version(), new StaffStep.StrikeOff(null));
        ratings.rate(done.trackingCode(), Rating.BASICALLY_SATISFIED, null);
        MatterView voided = fixtures.triaged(work, Urgency.URGENT, Difficulty.GRID);
        voided = work.takeStep(leader, voided.id(), voided.version(), new StaffStep.RequestVoiding("误报"));
        work.takeStep(secretary, voided.id(), voided.version(), new StaffStep.Approve(null));
        MatterView late = fixtures.triaged(work, Urgency.NORMAL, Difficulty.GRID);
        work.takeStep(leader, late.id(), late.version(), new StaffStep.Dispatch(null, null));
        jdbc.sql(
                        "update matter set accept_due = now() - interval '1 hour', resolve_due = now() - interval '1 hour' where id = ?")
                .param(late.id())
                .update();
        UUID duplicate =
                UUID.fromString(fixtures.hotlineReport("0101", "楼道灯不亮，第二位居民").id());
        work.merge(leader, duplicate, 0, late.trackingCode());

        GridScope district = accounts.loadUserByUsername("admin").scope();
        GridScope community = secretary.scope();
        for (GridScope scope : List.of(district, community)) {
            assertAgreesWithRecount(scope);
        }
        folding.fold();
        assertThat(jdbc.sql("select count(*) from matter_tally_delta")
                        .query(Long.class)
                        .single())
                .isZero();
        assertAgreesWithRecount(district);
        assertAgreesWithRecount(community);
        jdbc.sql("select matter_tally_rebuild()").query(Long.class).single();
        assertAgreesWithRecount(district);
    }

    private void assertAgreesWithRecount(GridScope scope) {
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
            assertThat(metrics.by(level, scope, today.minusDays(30), today).stream()
                            .map(TallyIT::counts)
                            .toList())
                    .isEqualTo(recountRates(level, scope, today.minusDays(30), today));
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
    private List<String> recountRates(RegionLevel level, GridScope scope, LocalDate from, LocalDate to) {
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
