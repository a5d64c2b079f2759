package org.linju.appraisal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.Bimonth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a grid leader does for their grid's workers each cycle: appraise them (the indicators that apply to one person,
 * plus the leader's own score with written reasons) and propose commendations, warnings or replacements to the
 * community; and what a worker reads of it.
 */
@Service
public class Appraisals {

    /** The leader's page for one cycle: the grid's workers, their indicators and appraisals, proposals, pay. */
    public record Sheet(
            String grid,
            Bimonth cycle,
            boolean locked,
            List<GridWorker> workers,
            List<IndicatorValues> indicators,
            List<WorkerAppraisal> appraisals,
            List<Proposal> proposals,
            @Nullable Long budgetFen,
            Optional<PayDistribution> pay) {

        public Optional<WorkerAppraisal> appraisalOf(UUID worker) {
            return appraisals.stream().filter(a -> a.workerId().equals(worker)).findFirst();
        }

        public @Nullable String budgetYuan() {
            return budgetFen == null ? null : Money.yuan(budgetFen);
        }
    }

    /** A worker's own page for one cycle: their appraisal, indicators, and pay with the rule behind it. */
    public record Own(
            Bimonth cycle,
            boolean locked,
            Optional<WorkerAppraisal> appraisal,
            List<IndicatorValues> indicators,
            Optional<PayDistribution> pay,
            Optional<PayShare> share) {}

    private final AppraisalStore store;
    private final PayStore pay;
    private final GridStaff staff;
    private final WorkerIndicators indicators;
    private final CycleLocks locks;
    private final Clock clock;

    Appraisals(
            AppraisalStore store,
            PayStore pay,
            GridStaff staff,
            WorkerIndicators indicators,
            CycleLocks locks,
            Clock clock) {
        this.store = store;
        this.pay = pay;
        this.staff = staff;
        this.indicators = indicators;
        this.locks = locks;
        this.clock = clock;
    }

    public Sheet sheet(CurrentUser leader, Bimonth cycle) {
        String grid = GridStaff.gridOf(leader, Role.GRID_LEADER);
        List<GridWorker> workers = staff.workers(grid);
        return new Sheet(
                grid,
                cycle,
                locks.locked(cycle),
                workers,
                indicators.measure(grid, workers.stream().map(GridWorker::id).toList(), cycle),
                store.ofGrid(grid, cycle),
                store.proposals(grid, cycle),
                pay.budgets(cycle, List.of(grid)).values().stream()
                        .map(PayStore.Stored::amountFen)
                        .findFirst()
                        .orElse(null),
                pay.distribution(cycle, grid));
    }

    public Own own(CurrentUser worker, Bimonth cycle) {
        String grid = GridStaff.gridOf(worker, Role.GRID_WORKER);
        Optional<PayDistribution> distribution = pay.distribution(cycle, grid);
        return new Own(
                cycle,
                locks.locked(cycle),
                store.ofWorker(worker.id(), cycle),
                indicators.measure(grid, List.of(worker.id()), cycle),
                distribution,
                distribution.flatMap(d -> d.shares().stream()
                        .filter(s -> s.workerId().equals(worker.id()))
                        .findFirst()));
    }

    /** The leader's own assessment; the reasons are required, and a second save replaces the first. */
    @Transactional
    public WorkerAppraisal appraise(
            CurrentUser leader, Bimonth cycle, UUID workerId, @Nullable BigDecimal score, @Nullable String reasons) {
        String grid = GridStaff.gridOf(leader, Role.GRID_LEADER);
        locks.refuseIfLocked(cycle);
        GridWorker worker = staff.worker(grid, workerId);
        if (score == null
                || score.signum() < 0
                || score.compareTo(BigDecimal.valueOf(100)) > 0
                || score.stripTrailingZeros().scale() > 1) {
            throw new AppraisalRefused("appraisal.refused.score");
        }
        String why = required(reasons, "appraisal.refused.reasons");
        WorkerAppraisal appraisal = new WorkerAppraisal(
                cycle.toString(), worker.id(), worker.name(), grid, score, why, leader.displayName(), clock.instant());
        store.save(appraisal, leader.id());
        return appraisal;
    }

    /** A proposal for the community to decide. */
    @Transactional
    public Proposal propose(
            CurrentUser leader, Bimonth cycle, UUID workerId, @Nullable ProposalKind kind, @Nullable String reasons) {
        String grid = GridStaff.gridOf(leader, Role.GRID_LEADER);
        locks.refuseIfLocked(cycle);
        GridWorker worker = staff.worker(grid, workerId);
        if (kind == null) {
            throw new AppraisalRefused("appraisal.refused.kind");
        }
        Proposal proposal = new Proposal(
                UUID.randomUUID(),
                cycle.toString(),
                grid,
                worker.id(),
                worker.name(),
                kind,
                required(reasons, "appraisal.refused.reasons"),
                leader.displayName(),
                clock.instant(),
                null,
                null,
                null,
                null);
        store.propose(proposal);
        return proposal;
    }

    static String required(@Nullable String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new AppraisalRefused(messageKey);
        }
        return text.strip();
    }
}
