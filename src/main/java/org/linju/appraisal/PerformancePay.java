package org.linju.appraisal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.Bimonth;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid workers' performance pay (网格员工资发放权): the community or street sets each grid's budget for a cycle, the
 * grid leader splits it by a rule; the split never adds up to more than the budget, also when saves meet.
 */
@Service
public class PerformancePay {

    /** Who set budgets: the community, the street, and district administrators. */
    static final Set<Role> BUDGET_SETTERS =
            EnumSet.of(Role.COMMUNITY_SECRETARY, Role.STREET_STAFF, Role.DISTRICT_ADMIN);

    private final PayStore store;
    private final AppraisalStore appraisals;
    private final GridStaff staff;
    private final CycleLocks locks;
    private final AreaChoices areas;
    private final Clock clock;

    PerformancePay(
            PayStore store,
            AppraisalStore appraisals,
            GridStaff staff,
            CycleLocks locks,
            AreaChoices areas,
            Clock clock) {
        this.store = store;
        this.appraisals = appraisals;
        this.staff = staff;
        this.locks = locks;
        this.areas = areas;
        this.clock = clock;
    }

    /** The grids of the area (within the viewer's scope) with their budgets for the cycle. */
    public List<Budget> budgets(CurrentUser viewer, Bimonth cycle, @Nullable String area) {
        mustSetBudgets(viewer);
        String narrowed = AreaChoices.narrowing(viewer.scope(), area);
        List<AreaChoices.Area> grids = areas.within(viewer.scope()).stream()
                .filter(a -> a.level() == RegionLevel.GRID)
                .filter(a -> narrowed == null || a.code().startsWith(narrowed))
                .toList();
        List<String> codes = grids.stream().map(AreaChoices.Area::code).toList();
        Map<String, PayStore.Stored> budgets = store.budgets(cycle, codes);
        Map<String, Long> distributed = store.distributed(cycle, codes);
        List<Budget> rows = new ArrayList<>();
        for (AreaChoices.Area grid : grids) {
            PayStore.Stored budget = budgets.get(grid.code());
            rows.add(new Budget(
                    grid.code(),
                    grid.name(),
                    budget == null ? null : budget.amountFen(),
                    distributed.getOrDefault(grid.code(), 0L),
                    budget == null ? null : budget.setBy()));
        }
        return rows;
    }

    /** Sets a grid's budget; never below what its leader has already handed out. */
    @Transactional
    public void setBudget(CurrentUser setter, Bimonth cycle, String grid, @Nullable BigDecimal yuan) {
        mustSetBudgets(setter);
        RegionCode code = RegionCode.of(grid);
        if (code.level() != RegionLevel.GRID || !setter.scope().covers(code)) {
            throw new OutOfScope("budget of " + grid);
        }
        long fen = Money.fen(yuan);
        locks.refuseIfLocked(cycle);
        store.lockOrCreateBudget(cycle, grid, setter.displayName(), clock.instant());
        if (store.distributed(cycle, grid) > fen) {
            throw new AppraisalRefused("appraisal.refused.budgetBelowPaid");
        }
        store.setBudget(cycle, grid, fen, setter.displayName(), clock.instant());
    }

    /** Splits the grid's pay by the leader's rule, replacing an earlier split of the cycle. */
    @Transactional
    public PayDistribution distribute(CurrentUser leader, Bimonth cycle, PayPlan plan) {
        String grid = GridStaff.gridOf(leader, Role.GRID_LEADER);
        locks.refuseIfLocked(cycle);
        long budget =
                store.lockBudget(cycle, grid).orElseThrow(() -> new AppraisalRefused("appraisal.refused.noBudget"));
        Map<UUID, String> workers = staff.workers(grid).stream()
                .collect(Collectors.toMap(GridWorker::id, GridWorker::name, (a, b) -> a, LinkedHashMap::new));
        if (workers.isEmpty()) {
            throw new AppraisalRefused("appraisal.refused.noWorkers");
        }
        // The budget is the first rule: a typed total above it is refused before anything else is asked of the leader.
        if (plan.rule() != PayRule.AMOUNTS && plan.totalYuan() != null && Money.fen(plan.totalYuan()) > budget) {
            throw new AppraisalRefused("appraisal.refused.overBudget");
        }
        Map<UUID, BigDecimal> basis = basis(plan, cycle, grid, workers);
        long total = total(plan, budget, basis);
        if (total > budget) {
            throw new AppraisalRefused("appraisal.refused.overBudget");
        }
        if (plan.basePercent() < 0 || plan.basePercent() > 100) {
            throw new AppraisalRefused("appraisal.refused.basePercent");
        }
        Map<UUID, Long> amounts = PaySplit.split(plan.rule(), total, plan.basePercent(), basis);
        List<PayShare> shares = amounts.entrySet().stream()
                .map(e -> new PayShare(e.getKey(), workers.get(e.getKey()), basis.get(e.getKey()), e.getValue()))
                .toList();
        int base = plan.rule() == PayRule.BASE_AND_SCORE ? plan.basePercent() : 0;
        PayDistribution distribution =
                new PayDistribution(plan.rule(), base, total, leader.displayName(), clock.instant(), shares);
        store.replace(cycle, grid, distribution);
        return distribution;
    }

    private Map<UUID, BigDecimal> basis(PayPlan plan, Bimonth cycle, String grid, Map<UUID, String> workers) {
        Map<UUID, BigDecimal> scores = appraisals.ofGrid(grid, cycle).stream()
                .collect(Collectors.toMap(WorkerAppraisal::workerId, WorkerAppraisal::score));
        Function<UUID, @Nullable BigDecimal> source =
                plan.rule() == PayRule.BASE_AND_SCORE ? scores::get : plan.typed()::get;
        Map<UUID, BigDecimal> basis = new LinkedHashMap<>();
        for (UUID worker : workers.keySet()) {
            BigDecimal value = source.apply(worker);
            if (value == null || value.signum() < 0) {
                throw new AppraisalRefused(
                        plan.rule() == PayRule.BASE_AND_SCORE
                                ? "appraisal.refused.appraiseFirst"
                                : "appraisal.refused.basis");
            }
            basis.put(worker, value);
        }
        return basis;
    }

    private static long total(PayPlan plan, long budget, Map<UUID, BigDecimal> basis) {
        if (plan.rule() == PayRule.AMOUNTS) {
            return basis.values().stream().mapToLong(Money::fen).sum();
        }
        return plan.totalYuan() == null ? budget : Money.fen(plan.totalYuan());
    }

    static boolean setsBudgets(CurrentUser user) {
        return BUDGET_SETTERS.contains(user.role());
    }

    private static void mustSetBudgets(CurrentUser user) {
        if (!setsBudgets(user)) {
            throw new OutOfScope("pay budgets");
        }
    }
}
