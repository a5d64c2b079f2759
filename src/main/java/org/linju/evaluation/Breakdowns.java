package org.linju.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.GridIndicator;
import org.linju.shared.GridIndicator.Evidence;
import org.springframework.stereotype.Service;

/**
 * A person's breakdown: the rated person sees their own, supervisors those of the people in their area. The records
 * behind each indicator are read from the module that owns them, at most {@value #EVIDENCE} per indicator.
 */
@Service
public class Breakdowns {

    static final int EVIDENCE = 20;

    private final Cycles cycles;
    private final ResultStore results;
    private final Ranking ranking;
    private final Adjustments adjustments;
    private final Appeals appeals;
    private final Awards awards;
    private final CycleMeasurement measurement;
    private final Clock clock;

    Breakdowns(
            Cycles cycles,
            ResultStore results,
            Ranking ranking,
            Adjustments adjustments,
            Appeals appeals,
            Awards awards,
            CycleMeasurement measurement,
            Clock clock) {
        this.cycles = cycles;
        this.results = results;
        this.ranking = ranking;
        this.adjustments = adjustments;
        this.appeals = appeals;
        this.awards = awards;
        this.measurement = measurement;
        this.clock = clock;
    }

    public Breakdown of(CurrentUser viewer, UUID cycleId, UUID account) {
        EvaluationCycle cycle = cycles.find(viewer, cycleId);
        CycleResult result =
                results.result(cycleId, account).orElseThrow(() -> new OutOfScope("evaluation result " + account));
        boolean own = viewer.id().equals(account);
        boolean supervises =
                EvaluationRoles.SUPERVISORS.contains(viewer.role()) && EvaluationRoles.covers(viewer, result.grids());
        if (!own && !supervises) {
            throw new OutOfScope("evaluation result " + account);
        }
        List<Appeal> filed = appeals.list(cycleId, account);
        boolean windowOpen = !LocalDate.now(clock.withZone(Cycles.CHINA)).isAfter(cycle.appealsUntil());
        return new Breakdown(
                cycle,
                result,
                ranking.size(cycle),
                lines(cycle, result),
                adjustments.of(cycleId, account),
                filed,
                awards.of(cycleId, account),
                own && !cycle.locked() && windowOpen && filed.stream().noneMatch(Appeal::open),
                supervises && !own && !cycle.locked());
    }

    private List<Breakdown.Line> lines(EvaluationCycle cycle, CycleResult result) {
        Map<String, GridIndicator> indicators = measurement.byKey();
        List<Breakdown.Line> lines = new ArrayList<>();
        for (Scoring.Line line : results.lines(cycle.id(), result.accountId())) {
            GridIndicator indicator = indicators.get(line.key());
            List<Evidence> evidence = new ArrayList<>();
            if (indicator != null) {
                result.grids()
                        .forEach(grid -> evidence.addAll(indicator.evidence(
                                grid, cycle.cycle().from(), cycle.cycle().until(), EVIDENCE)));
                evidence.sort(Comparator.comparing(Evidence::at).reversed());
            }
            lines.add(new Breakdown.Line(
                    line.key(),
                    line.value(),
                    line.normalised(),
                    line.weight(),
                    line.contribution(),
                    evidence.stream().limit(EVIDENCE).toList()));
        }
        return lines;
    }
}
