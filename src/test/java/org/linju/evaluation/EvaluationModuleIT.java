package org.linju.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.Bimonth;
import org.linju.shared.GridIndicator;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.linju.shared.SteerableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * A cycle of five grid leaders in county 511784 from two hand-checked fixture indicators: the scores, ranks and grades
 * as computed by hand, an adjustment and an upheld appeal that move ranks and grades consistently, appeals decided only
 * by someone impartial, the lock (with its event) after which every write is refused, awards, and the scope of each
 * viewer.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class EvaluationModuleIT extends ModuleIntegrationTest {

    static final String COUNTY = "511784";
    static final String COMMUNITY = "511784001001";
    static final Bimonth CYCLE = new Bimonth(2026, 3);

    /** Visits (more is better) and overdue matters (fewer is better) per grid, by hand. */
    static final Map<String, Double> VISITS = Map.of(grid(1), 40.0, grid(2), 10.0, grid(3), 30.0, grid(4), 20.0);

    static final Map<String, Double> OVERDUE = Map.of(grid(1), 1.0, grid(3), 4.0, grid(4), 2.0);

    /** Minutes to acknowledge (fewer is better): nobody had a directive in {@link #CYCLE}, two grids in the next. */
    static final Map<String, Double> ACKNOWLEDGED = Map.of(grid(1), 30.0, grid(3), 10.0);

    @TestConfiguration
    static class Fixture {

        @Bean
        GridIndicator fixtureVisits() {
            return FixtureIndicator.count("fixture.visits", true, VISITS);
        }

        @Bean
        GridIndicator fixtureOverdue() {
            return FixtureIndicator.count("fixture.overdue", false, OVERDUE);
        }

        @Bean
        GridIndicator fixtureAcknowledgement() {
            return new FixtureIndicator(
                    "fixture.acknowledgement",
                    false,
                    false,
                    from -> from.equals(CYCLE.next().from()) ? ACKNOWLEDGED : Map.of());
        }
    }

    @Autowired
    Cycles cycles;

    @Autowired
    Adjustments adjustments;

    @Autowired
    Appeals appeals;

    @Autowired
    Awards awards;

    @Autowired
    Ranking ranking;

    @Autowired
    Breakdowns breakdowns;

    @Autowired
    Accounts accounts;

    @Autowired
    SteerableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCycleIsScoredRankedAdjustedAppealedAndLocked(Scenario scenario) {
        new ModuleTestArea(COUNTY).create(jdbc);
        jdbc.sql("insert into evaluation_default_weight values ('fixture.visits', 30), ('fixture.overdue', 10),"
                        + " ('fixture.acknowledgement', 20)")
                .update();
        CurrentUser admin = account("eval-admin", Role.DISTRICT_ADMIN, COUNTY);
        CurrentUser street = account("eval-street", Role.STREET_STAFF, COUNTY + "001");
        CurrentUser secretary = account("eval-secretary", Role.COMMUNITY_SECRETARY, COMMUNITY);
        List<CurrentUser> leaders = List.of(
                account("eval-leader-1", Role.GRID_LEADER, grid(1)),
                account("eval-leader-2", Role.GRID_LEADER, grid(2)),
                account("eval-leader-3", Role.GRID_LEADER, grid(3)),
                account("eval-leader-4", Role.GRID_LEADER, grid(4)),
                account("eval-leader-5", Role.GRID_LEADER, "51178400100201"));
        account("eval-worker", Role.GRID_WORKER, grid(1));

        EvaluationCycle cycle = cycles.compute(admin, RegionCode.of(COUNTY), CYCLE);

        // visits 40/10/30/20/0 → 100/25/75/50/0; overdue 1/0/4/2/0 → 75/100/0/50/100; weights 30:10 (nobody
        // acknowledged a directive, so its weight 20 is nobody's).
        assertThat(standings(street, cycle))
                .containsExactly(
                        tuple("eval-leader-1", "93.75", 1, Grade.FAIR),
                        tuple("eval-leader-3", "56.25", 2, Grade.FAIR),
                        tuple("eval-leader-4", "50.00", 3, Grade.AVERAGE),
                        tuple("eval-leader-2", "43.75", 4, Grade.AVERAGE),
                        tuple("eval-leader-5", "25.00", 5, Grade.AVERAGE));
        Breakdown own = breakdowns.of(leaders.get(1), cycle.id(), leaders.get(1).id());
        assertThat(own.lines())
                .extracting(Breakdown.Line::key, Breakdown.Line::value, Breakdown.Line::normalised)
                .containsExactlyInAnyOrder(
                        tuple("fixture.visits", 10.0, 25.0),
                        tuple("fixture.overdue", 0.0, 100.0),
                        tuple("fixture.acknowledgement", null, null));
        assertThat(own.lines().get(0).evidence()).isNotEmpty();
        assertThat(own.mayAppeal()).isTrue();

        adjustments.adjust(secretary, cycle.id(), leaders.get(2).id(), new BigDecimal("-10"), "督导通报：台账缺失");
        adjustments.adjust(street, cycle.id(), leaders.get(1).id(), new BigDecimal("-5"), "走访记录不全");
        UUID appeal = appeals.file(leaders.get(1), cycle.id(), "走访记录已补录，请复核");
        assertThatThrownBy(() -> appeals.file(leaders.get(1), cycle.id(), "再次申诉"))
                .hasMessage("evaluation.refused.appealPending");
        assertThatThrownBy(() -> appeals.decide(street, appeal, true, BigDecimal.TEN, "自己调整的不能自己裁决"))
                .hasMessage("evaluation.refused.notImpartial");
        assertThatThrownBy(() -> appeals.decide(leaders.get(1), appeal, true, BigDecimal.TEN, "自己裁决"))
                .isInstanceOf(OutOfScope.class);
        appeals.decide(secretary, appeal, true, new BigDecimal("12"), "补录记录属实，恢复扣分并加分");

        assertThat(standings(street, cycle))
                .containsExactly(
                        tuple("eval-leader-1", "93.75", 1, Grade.FAIR),
                        tuple("eval-leader-2", "50.75", 2, Grade.FAIR),
                        tuple("eval-leader-4", "50.00", 3, Grade.AVERAGE),
                        tuple("eval-leader-3", "46.25", 4, Grade.AVERAGE),
                        tuple("eval-leader-5", "25.00", 5, Grade.AVERAGE));

        assertThatThrownBy(() -> cycles.lock(admin, cycle.id())).hasMessage("evaluation.refused.appealsRunning");
        LocalDate after = cycle.appealsUntil().plusDays(1);
        scenario.stimulate(() ->
                        clock.at(after.atStartOfDay(Cycles.CHINA).toInstant(), () -> cycles.lock(admin, cycle.id())))
                .andWaitForEventOfType(CycleLocked.class)
                .toArriveAndVerify(event -> assertThat(event.cycle()).isEqualTo(CYCLE));

        assertLockedCycleRefusesEveryWrite(admin, secretary, leaders, cycle);
        awards.register(street, cycle.id(), leaders.get(0).id(), Award.Kind.COMMENDATION, "双月考评优秀网格长");
        assertThat(breakdowns
                        .of(leaders.get(0), cycle.id(), leaders.get(0).id())
                        .awards())
                .extracting(Award::title, Award::rank)
                .containsExactly(tuple("双月考评优秀网格长", 1));
        assertScopes(secretary, leaders, cycle);
        assertPeopleWithoutRecordsAreScoredOnTheRest(admin, street, leaders.get(3));
    }

    /**
     * Acknowledgement 30/–/10/–/– → 0/–/100/–/– (the missing are left out of min and max), its weight 20 spread over
     * the others' indicators: leader 1 (3000 + 750 + 0) / 60, leader 3 (2250 + 0 + 2000) / 60, leader 4 (1500 + 500) / 40.
     */
    private void assertPeopleWithoutRecordsAreScoredOnTheRest(CurrentUser admin, CurrentUser street, CurrentUser idle) {
        EvaluationCycle next = cycles.compute(admin, RegionCode.of(COUNTY), CYCLE.next());
        assertThat(standings(street, next))
                .containsExactly(
                        tuple("eval-leader-3", "70.83", 1, Grade.FAIR),
                        tuple("eval-leader-1", "62.50", 2, Grade.FAIR),
                        tuple("eval-leader-4", "50.00", 3, Grade.AVERAGE),
                        tuple("eval-leader-2", "43.75", 4, Grade.AVERAGE),
                        tuple("eval-leader-5", "25.00", 5, Grade.AVERAGE));
        assertThat(breakdowns.of(idle, next.id(), idle.id()).lines())
                .extracting(Breakdown.Line::key, Breakdown.Line::value, Breakdown.Line::contribution)
                .containsExactlyInAnyOrder(
                        tuple("fixture.visits", 20.0, 37.5),
                        tuple("fixture.overdue", 2.0, 12.5),
                        tuple("fixture.acknowledgement", null, 0.0));
    }

    private void assertLockedCycleRefusesEveryWrite(
            CurrentUser admin, CurrentUser secretary, List<CurrentUser> leaders, EvaluationCycle cycle) {
        String locked = "evaluation.refused.locked";
        assertThatThrownBy(() -> cycles.compute(admin, RegionCode.of(COUNTY), CYCLE))
                .hasMessage(locked);
        assertThatThrownBy(() ->
                        adjustments.adjust(secretary, cycle.id(), leaders.get(3).id(), BigDecimal.ONE, "迟到"))
                .hasMessage(locked);
        assertThatThrownBy(() -> appeals.file(leaders.get(3), cycle.id(), "申诉")).hasMessage(locked);
        assertThatThrownBy(() -> cycles.lock(admin, cycle.id())).hasMessage(locked);
        assertThat(standings(admin, cycle))
                .extracting(t -> t.toList().get(1))
                .containsExactly("93.75", "50.75", "50.00", "46.25", "25.00");
    }

    private void assertScopes(CurrentUser secretary, List<CurrentUser> leaders, EvaluationCycle cycle) {
        assertThat(standings(secretary, cycle))
                .extracting(t -> t.toList().get(0))
                .containsExactly("eval-leader-1", "eval-leader-2", "eval-leader-4", "eval-leader-3");
        assertThat(standings(leaders.get(2), cycle))
                .extracting(t -> t.toList().get(0))
                .containsExactly("eval-leader-3");
        assertThatThrownBy(() ->
                        breakdowns.of(leaders.get(2), cycle.id(), leaders.get(0).id()))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() ->
                        breakdowns.of(secretary, cycle.id(), leaders.get(4).id()))
                .isInstanceOf(OutOfScope.class);
    }

    private List<Tuple> standings(CurrentUser viewer, EvaluationCycle cycle) {
        return ranking
                .page(viewer, cycle, null, null, ListRequest.of(null, null, null, null, List.of("rank"), false))
                .rows()
                .stream()
                .map(r -> tuple(r.username(), r.total().toPlainString(), r.rank(), r.grade()))
                .toList();
    }

    private CurrentUser account(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(username, username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
        return accounts.loadUserByUsername(username);
    }

    static String grid(int n) {
        return COMMUNITY + "0" + n;
    }
}
