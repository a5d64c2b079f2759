package org.linju.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.linju.appraisal.Appraisals;
import org.linju.appraisal.CycleChoice;
import org.linju.appraisal.PayPlan;
import org.linju.appraisal.PayRule;
import org.linju.appraisal.PerformancePay;
import org.linju.appraisal.Proposal;
import org.linju.appraisal.ProposalKind;
import org.linju.appraisal.Proposals;
import org.linju.grid.Grids;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.Bimonth;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.linju.shared.SteerableClock;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The last full cycle's appraisals in the demo community (2026-5 on a December 2026 start): the secretary sets four
 * grids' pay budgets, each grid leader appraises two workers with reasons, splits the pay (by score in most grids, by
 * points in one), and proposes a commendation (decided) and a warning (still waiting), a few days before the cycle ends.
 */
@Component
@Order(70)
class DemoAppraisals implements DemoChapter {

    private static final int GRIDS = 4;
    private static final String[] GOOD = {"走访入户扎实，台账及时完整", "隐患排查发现问题多、上报快", "群众评价好，调解纠纷两起"};
    private static final String[] FAIR = {"台账偶有滞后，需加强", "巡查次数达标，入户走访偏少", "信息采集有遗漏，已提醒"};

    private final Accounts accounts;
    private final Grids grids;
    private final Appraisals appraisals;
    private final PerformancePay pay;
    private final Proposals proposals;
    private final CycleChoice cycles;
    private final SteerableClock clock;

    DemoAppraisals(
            Accounts accounts,
            Grids grids,
            Appraisals appraisals,
            PerformancePay pay,
            Proposals proposals,
            CycleChoice cycles,
            SteerableClock clock) {
        this.accounts = accounts;
        this.grids = grids;
        this.appraisals = appraisals;
        this.pay = pay;
        this.proposals = proposals;
        this.cycles = cycles;
        this.clock = clock;
    }

    @Override
    public void load(Random random) {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        String home = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        List<String> chosen = new ArrayList<>(List.of(home));
        grids.codesWithin(secretary.scope()).stream()
                .filter(code -> !code.equals(home))
                .sorted()
                .limit(GRIDS - 1)
                .forEach(chosen::add);
        openWorkers(chosen, home, random);
        Bimonth cycle = cycles.current().previous();
        Instant at = cycle.until()
                .minusDays(4)
                .atTime(LocalTime.of(9, 30))
                .atZone(DateRange.CHINA)
                .toInstant();
        for (int i = 0; i < chosen.size(); i++) {
            String grid = chosen.get(i);
            CurrentUser leader = accounts.loadUserByUsername(grid.equals(home) ? "leader" : "leader-" + grid);
            appraise(secretary, leader, grid, cycle, at.plusSeconds(3600L * i), i, random);
        }
    }

    private void appraise(
            CurrentUser secretary,
            CurrentUser leader,
            String grid,
            Bimonth cycle,
            Instant at,
            int index,
            Random random) {
        var workers = appraisals.sheet(leader, cycle).workers();
        at(at, () -> {
            pay.setBudget(secretary, cycle, grid, BigDecimal.valueOf(1500L * workers.size()));
            return null;
        });
        Map<UUID, Integer> scores =
                workers.stream().collect(Collectors.toMap(w -> w.id(), w -> 68 + random.nextInt(28)));
        for (var worker : workers) {
            int score = scores.get(worker.id());
            String reasons = (score >= 85 ? GOOD : FAIR)[random.nextInt(GOOD.length)];
            at(
                    at.plusSeconds(600),
                    () -> appraisals.appraise(leader, cycle, worker.id(), BigDecimal.valueOf(score), reasons));
        }
        at(at.plusSeconds(1200), () -> pay.distribute(leader, cycle, plan(index, scores)));
        propose(secretary, leader, cycle, at.plusSeconds(1500), index, scores);
    }

    /** One grid splits by points (a tenth of the score), the others by an equal 60 % base and the scores. */
    private static PayPlan plan(int index, Map<UUID, Integer> scores) {
        if (index != 1) {
            return new PayPlan(PayRule.BASE_AND_SCORE, 60, null, Map.of());
        }
        Map<UUID, BigDecimal> points = scores.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> BigDecimal.valueOf(e.getValue() / 10)));
        return new PayPlan(PayRule.POINTS, 0, null, points);
    }

    /** The home grid commends its best worker (approved the next day); the third grid warns its weakest (waiting). */
    private void propose(
            CurrentUser secretary,
            CurrentUser leader,
            Bimonth cycle,
            Instant at,
            int index,
            Map<UUID, Integer> scores) {
        if (index == 0) {
            UUID best = best(scores, Comparator.naturalOrder());
            Proposal commend = at(
                    at,
                    () -> appraisals.propose(leader, cycle, best, ProposalKind.COMMEND, "本期考核第一，走访和隐患上报突出，建议社区通报表扬"));
            at(at.plusSeconds(86_400), () -> {
                proposals.decide(secretary, commend.id(), true, "同意，在社区例会上通报表扬");
                return null;
            });
        } else if (index == 2) {
            UUID worst = best(scores, Comparator.reverseOrder());
            at(at, () -> appraisals.propose(leader, cycle, worst, ProposalKind.WARN, "台账连续滞后，建议谈话提醒"));
        }
    }

    private static UUID best(Map<UUID, Integer> scores, Comparator<Integer> order) {
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue(order))
                .map(Map.Entry::getKey)
                .orElseThrow();
    }

    /** Each grid gets a leader and two workers (the history names its staff the same way and reuses them). */
    private void openWorkers(List<String> chosen, String home, Random random) {
        ChineseNames names = new ChineseNames(random);
        List<NewAccount> missing = new ArrayList<>();
        for (String grid : chosen) {
            if (!grid.equals(home)) {
                want(missing, "leader-" + grid, "网格长 ", Role.GRID_LEADER, grid, names);
                want(missing, "worker-" + grid, "网格员 ", Role.GRID_WORKER, grid, names);
            }
            want(missing, "worker2-" + grid, "网格员 ", Role.GRID_WORKER, grid, names);
        }
        accounts.openAllWithSamePassword(missing, DemoDistrict.DEMO_PASSWORD);
    }

    private void want(
            List<NewAccount> missing, String username, String title, Role role, String grid, ChineseNames names) {
        if (accounts.find(username).isEmpty()) {
            missing.add(NewAccount.scoped(
                    username,
                    title + names.next(),
                    role,
                    Set.of(RegionCode.of(grid)),
                    DemoDistrict.DEMO_PASSWORD,
                    false));
        }
    }

    private <T> T at(Instant instant, Supplier<T> work) {
        return clock.at(instant, work);
    }
}
