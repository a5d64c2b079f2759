package org.linju.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.Bimonth;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation's cycles: the district admin computes a cycle once it has ended (again as often as needed until it is
 * locked), appeals are taken for {@code linju.evaluation.appeal-days} days, then the admin locks it and
 * {@link CycleLocked} is published; from then on every write to the cycle is refused.
 */
@Service
public class Cycles {

    static final ZoneId CHINA = DateRange.CHINA;

    private final CycleStore cycles;
    private final ResultStore results;
    private final CycleMeasurement measurement;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int appealDays;

    Cycles(
            CycleStore cycles,
            ResultStore results,
            CycleMeasurement measurement,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${linju.evaluation.appeal-days:7}") int appealDays) {
        this.cycles = cycles;
        this.results = results;
        this.measurement = measurement;
        this.events = events;
        this.clock = clock;
        this.appealDays = appealDays;
    }

    /** Days after the computing day during which the rated may appeal; a cycle can be locked the day after. */
    public int appealDays() {
        return appealDays;
    }

    /** Computes (or computes again) a district's cycle from what the modules recorded, and grades it. */
    @Transactional
    public EvaluationCycle compute(CurrentUser admin, RegionCode district, Bimonth cycle) {
        EvaluationRoles.requireAdmin(admin, district);
        if (district.level() != RegionLevel.DISTRICT) {
            throw new EvaluationRefused("evaluation.refused.notDistrict");
        }
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        if (today.isBefore(cycle.until())) {
            throw new EvaluationRefused("evaluation.refused.notEnded");
        }
        Instant now = clock.instant();
        Optional<EvaluationCycle> existing = cycles.find(district.value(), cycle);
        UUID id;
        if (existing.isPresent()) {
            id = cycles.openForWrite(existing.get().id()).id();
            cycles.recomputed(id, now, admin.getUsername());
        } else {
            id = cycles.open(district.value(), cycle, now, admin.getUsername(), today.plusDays(appealDays));
        }
        CycleMeasurement.Measured measured = measurement.measure(district, cycle, cycles.weights(id));
        results.save(id, measured.people(), measured.lines());
        regrade(id);
        return cycles.find(id).orElseThrow();
    }

    /** Locks the cycle once its appeal window has closed and every appeal is decided. */
    @Transactional
    public EvaluationCycle lock(CurrentUser admin, UUID id) {
        EvaluationCycle cycle = cycles.openForWrite(id);
        EvaluationRoles.requireAdmin(admin, RegionCode.of(cycle.district()));
        if (!LocalDate.now(clock.withZone(CHINA)).isAfter(cycle.appealsUntil())) {
            throw new EvaluationRefused("evaluation.refused.appealsRunning");
        }
        if (results.openAppeals(id) > 0) {
            throw new EvaluationRefused("evaluation.refused.appealsOpen");
        }
        cycles.lock(id, clock.instant(), admin.getUsername());
        events.publishEvent(new CycleLocked(cycle.cycle()));
        return cycles.find(id).orElseThrow();
    }

    /** The cycles of the districts the viewer's area lies in, newest first. */
    public List<EvaluationCycle> visibleTo(CurrentUser viewer) {
        EvaluationRoles.require(viewer, EvaluationRoles.READERS, "evaluation");
        return cycles.all().stream()
                .filter(c -> viewer.scope().leadsTo(RegionCode.of(c.district())))
                .toList();
    }

    public EvaluationCycle find(CurrentUser viewer, UUID id) {
        EvaluationRoles.require(viewer, EvaluationRoles.READERS, "evaluation");
        EvaluationCycle cycle = cycles.find(id).orElseThrow(() -> new OutOfScope("evaluation cycle " + id));
        if (!viewer.scope().leadsTo(RegionCode.of(cycle.district()))) {
            throw new OutOfScope("evaluation cycle " + id);
        }
        return cycle;
    }

    /** Totals, ranks and grades again after anything changed a score. */
    void regrade(UUID id) {
        results.total(id);
        results.place(id, ForcedDistribution.place(results.entries(id)));
    }
}
