package org.linju.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestGrids;
import org.linju.evaluation.CycleLocked;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.Bimonth;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The powers handed down to grid leaders, on their own (county 511785): appraisals with reasons, pay split within the
 * budget (also when a budget change and a split meet), the rule shown to the worker, proposals decided by the community
 * secretary, and a cycle the evaluation locked refusing every change.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AppraisalModuleIT extends ModuleIntegrationTest {

    @Autowired
    Appraisals appraisals;

    @Autowired
    PerformancePay pay;

    @Autowired
    Proposals proposals;

    @Autowired
    CycleLocks locks;

    @Autowired
    CycleChoice cycles;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    record Grid(CurrentUser leader, CurrentUser first, CurrentUser second, CurrentUser secretary) {}

    @Test
    void theLeaderSplitsThePayByScoreWithinTheBudgetAndEachWorkerSeesTheRule() {
        Grid g = grid(11, "apr-a");
        Bimonth cycle = cycles.current();
        pay.setBudget(g.secretary(), cycle, grid(g), new BigDecimal("1000"));
        assertThatThrownBy(
                        () -> appraisals.appraise(g.leader(), cycle, g.first().id(), new BigDecimal("90"), " "))
                .hasMessage("appraisal.refused.reasons");
        assertThatThrownBy(() ->
                        pay.distribute(g.leader(), cycle, new PayPlan(PayRule.BASE_AND_SCORE, 50, null, Map.of())))
                .hasMessage("appraisal.refused.appraiseFirst");
        appraisals.appraise(g.leader(), cycle, g.first().id(), new BigDecimal("90"), "走访扎实");
        appraisals.appraise(g.leader(), cycle, g.second().id(), new BigDecimal("60"), "台账滞后");

        PayDistribution split =
                pay.distribute(g.leader(), cycle, new PayPlan(PayRule.BASE_AND_SCORE, 50, null, Map.of()));

        // by hand: 500 yuan equally (250 each), 500 by 90:60 (300 and 200)
        assertThat(split.shares())
                .extracting(PayShare::workerId, PayShare::amountFen)
                .containsExactlyInAnyOrder(
                        tuple(g.first().id(), 55_000L), tuple(g.second().id(), 45_000L));
        Appraisals.Own own = appraisals.own(g.first(), cycle);
        assertThat(own.share()).get().extracting(PayShare::yuan).isEqualTo("550.00");
        assertThat(own.pay())
                .get()
                .extracting(PayDistribution::rule, PayDistribution::basePercent)
                .containsExactly(PayRule.BASE_AND_SCORE, 50);
        assertThat(own.appraisal()).get().extracting(WorkerAppraisal::reasons).isEqualTo("走访扎实");

        Map<UUID, BigDecimal> tooMuch =
                Map.of(g.first().id(), new BigDecimal("600"), g.second().id(), new BigDecimal("400.01"));
        assertThatThrownBy(() -> pay.distribute(g.leader(), cycle, new PayPlan(PayRule.AMOUNTS, 0, null, tooMuch)))
                .hasMessage("appraisal.refused.overBudget");
        assertThatThrownBy(() -> pay.setBudget(g.secretary(), cycle, grid(g), new BigDecimal("999.99")))
                .hasMessage("appraisal.refused.budgetBelowPaid");
        assertThat(appraisals.own(g.second(), cycle).share())
                .get()
                .extracting(PayShare::yuan)
                .isEqualTo("450.00");
    }

    @Test
    void aBudgetCutAndASplitAtTheSameTimeNeverLeaveMorePaidThanTheBudget() throws Exception {
        Grid g = grid(12, "apr-b");
        Bimonth cycle = cycles.current();
        Map<UUID, BigDecimal> eighty =
                Map.of(g.first().id(), new BigDecimal("40"), g.second().id(), new BigDecimal("40"));
        Map<UUID, BigDecimal> nothing =
                Map.of(g.first().id(), BigDecimal.ZERO, g.second().id(), BigDecimal.ZERO);
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            pay.setBudget(g.secretary(), cycle, grid(g), new BigDecimal("100"));
            pay.distribute(g.leader(), cycle, new PayPlan(PayRule.AMOUNTS, 0, null, nothing));
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<String> cut =
                    attempt(start, () -> pay.setBudget(g.secretary(), cycle, grid(g), new BigDecimal("50")));
            CompletableFuture<String> split = attempt(
                    start, () -> pay.distribute(g.leader(), cycle, new PayPlan(PayRule.AMOUNTS, 0, null, eighty)));
            start.countDown();
            outcomes.add(cut.get() + "/" + split.get());
            long budget = jdbc.sql("select amount_fen from pay_budget where cycle = ? and grid_code = ?")
                    .params(cycle.toString(), grid(g))
                    .query(Long.class)
                    .single();
            long paid = jdbc.sql("select coalesce(sum(amount_fen), 0) from pay_share where cycle = ? and grid_code = ?")
                    .params(cycle.toString(), grid(g))
                    .query(Long.class)
                    .single();
            assertThat(paid).as("round %d: %s", round, outcomes).isLessThanOrEqualTo(budget);
        }
        // one of the two always loses: a cut below what was paid, or a split above the cut budget
        assertThat(outcomes).allSatisfy(o -> assertThat(o).containsAnyOf("refused"));
    }

    @Test
    void proposalsGoToTheCommunitySecretaryWhoDecidesWithANote() {
        Grid g = grid(13, "apr-c");
        Bimonth cycle = cycles.current();
        CurrentUser street = account("apr-c-street", Role.STREET_STAFF, "511785001");
        Proposal proposal = appraisals.propose(g.leader(), cycle, g.second().id(), ProposalKind.WARN, "连续两期台账滞后");
        ProposalFilter pending = new ProposalFilter(grid(g), null, null, null, null, null, null, null);

        assertThat(proposals.queue(g.secretary(), pending).rows())
                .extracting(Proposal::id)
                .containsExactly(proposal.id());
        assertThat(proposals.queue(street, pending).rows())
                .extracting(Proposal::id)
                .containsExactly(proposal.id());
        assertThatThrownBy(() -> proposals.decide(street, proposal.id(), true, "同意"))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> proposals.queue(g.leader(), pending)).isInstanceOf(OutOfScope.class);
        proposals.decide(g.secretary(), proposal.id(), true, "同意警示，下期复查");

        assertThat(proposals.queue(g.secretary(), pending).rows()).isEmpty();
        ProposalFilter decided = new ProposalFilter(grid(g), false, cycle.toString(), null, null, null, null, null);
        assertThat(proposals.queue(g.secretary(), decided).rows())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.decision()).isEqualTo("APPROVED");
                    assertThat(p.decidedBy()).isEqualTo(g.secretary().displayName());
                });
        assertThatThrownBy(() -> proposals.decide(g.secretary(), proposal.id(), false, "改主意"))
                .hasMessage("appraisal.refused.decided");
    }

    @Test
    void aCycleTheEvaluationLockedRefusesEveryChange(Scenario scenario) {
        Grid g = grid(14, "apr-d");
        Bimonth cycle = new Bimonth(2020, 3);
        pay.setBudget(g.secretary(), cycle, grid(g), new BigDecimal("800"));
        appraisals.appraise(g.leader(), cycle, g.first().id(), new BigDecimal("80"), "按期完成");
        Proposal proposal = appraisals.propose(g.leader(), cycle, g.first().id(), ProposalKind.COMMEND, "表现突出");

        scenario.publish(new CycleLocked(cycle))
                .andWaitForStateChange(() -> locks.locked(cycle))
                .andVerify(locked -> assertThat(locked).isTrue());

        assertThatThrownBy(
                        () -> appraisals.appraise(g.leader(), cycle, g.first().id(), new BigDecimal("95"), "改分"))
                .isInstanceOf(CycleIsLocked.class);
        assertThatThrownBy(() -> pay.distribute(
                        g.leader(),
                        cycle,
                        new PayPlan(
                                PayRule.POINTS,
                                0,
                                null,
                                Map.of(
                                        g.first().id(),
                                        BigDecimal.ONE,
                                        g.second().id(),
                                        BigDecimal.ONE))))
                .isInstanceOf(CycleIsLocked.class);
        assertThatThrownBy(() -> pay.setBudget(g.secretary(), cycle, grid(g), new BigDecimal("900")))
                .isInstanceOf(CycleIsLocked.class);
        assertThatThrownBy(() -> proposals.decide(g.secretary(), proposal.id(), true, "同意"))
                .isInstanceOf(CycleIsLocked.class);
        assertThat(appraisals.sheet(g.leader(), cycle).locked()).isTrue();
        assertThat(appraisals.own(g.first(), cycle).appraisal())
                .get()
                .extracting(WorkerAppraisal::score)
                .isEqualTo(new BigDecimal("80.0"));
    }

    private static CompletableFuture<String> attempt(CountDownLatch start, Runnable work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
                work.run();
                return "saved";
            } catch (AppraisalRefused e) {
                return "refused";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        });
    }

    private String grid(Grid g) {
        return g.leader().scope().roots().iterator().next().value();
    }

    private Grid grid(int n, String prefix) {
        ModuleTestGrids grids = ModuleTestGrids.in("511785", jdbc);
        String grid = grids.grid(n, jdbc);
        return new Grid(
                account(prefix + "-leader", Role.GRID_LEADER, grid),
                account(prefix + "-first", Role.GRID_WORKER, grid),
                account(prefix + "-second", Role.GRID_WORKER, grid),
                account(
                        prefix + "-secretary",
                        Role.COMMUNITY_SECRETARY,
                        grids.area().community()));
    }

    private CurrentUser account(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(username, username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
        return accounts.loadUserByUsername(username);
    }
}
