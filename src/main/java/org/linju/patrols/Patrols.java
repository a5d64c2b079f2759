package org.linju.patrols;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.matters.Channel;
import org.linju.matters.Intake;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.linju.matters.Reporter;
import org.linju.shared.DateRange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patrol and visit use cases. Every record comes with the key its phone gave it ({@code Idempotency-Key}): sent
 * again, after the network came back or twice at once, it answers the first record and stores nothing new. A finding
 * becomes a matter through the matters intake (channel PATROL) with a key derived from the visit, so that a retry never
 * makes a second matter either.
 */
@Service
public class Patrols {

    private final PatrolStore patrols;
    private final VisitStore visits;
    private final Intake intake;
    private final Clock clock;
    private final Duration maxLength;

    Patrols(
            PatrolStore patrols,
            VisitStore visits,
            Intake intake,
            Clock clock,
            @Value("${linju.patrols.max-hours:12}") double maxHours) {
        this.patrols = patrols;
        this.visits = visits;
        this.intake = intake;
        this.clock = clock;
        this.maxLength = Duration.ofSeconds(Math.round(maxHours * 3600));
    }

    /**
     * Starts a patrol, or answers the one already started with {@code key} (a phone sending it again). Refused while
     * the worker has another patrol running: one person walks one patrol at a time, so hours cannot be counted twice.
     * A patrol left running longer than {@code linju.patrols.max-hours} (its stop lost) is ended at its last point
     * first, so that a lost stop never locks the worker out.
     */
    public Patrol start(CurrentUser worker, String key, Instant at) {
        String grid = PatrolPolicy.gridOf(worker);
        String patrolKey = PatrolPolicy.key(key);
        Optional<Patrol> sent = patrols.patrol(worker.id(), patrolKey);
        if (sent.isPresent()) {
            return sent.get();
        }
        Instant now = clock.instant();
        Instant when = PatrolPolicy.recorded(at, now);
        patrols.endAbandoned(worker.id(), now.minus(maxLength));
        if (patrols.running(worker.id())) {
            throw new PatrolRefused("patrols.alreadyRunning");
        }
        try {
            return patrols.start(worker.id(), worker.displayName(), grid, patrolKey, when);
        } catch (DuplicateKeyException running) {
            // The same key twice at once may meet the one-running index first: the other copy's patrol is the answer.
            return patrols.patrol(worker.id(), patrolKey)
                    .orElseThrow(() -> new PatrolRefused("patrols.alreadyRunning"));
        }
    }

    /** Adds points to the worker's patrol; returns how many were new. */
    public int track(CurrentUser worker, String patrolKey, List<TrackPoint> points) {
        Patrol patrol = own(worker, patrolKey);
        Instant now = clock.instant();
        points.forEach(p -> PatrolPolicy.recorded(p.at(), now));
        return patrols.addPoints(patrol.id(), points);
    }

    public Patrol stop(CurrentUser worker, String patrolKey, Instant at) {
        Patrol patrol = own(worker, patrolKey);
        patrols.stop(patrol.id(), PatrolPolicy.recorded(at, clock.instant()));
        return patrols.patrol(patrol.id()).orElseThrow();
    }

    /** Records a visit, and reports its finding as a matter when the visit names a category. */
    public Visit visit(CurrentUser worker, String key, NewVisit visit) {
        String grid = PatrolPolicy.gridOf(worker);
        PatrolPolicy.recorded(visit.at(), clock.instant());
        UUID patrolId = visit.patrolKey() == null
                ? null
                : own(worker, visit.patrolKey()).id();
        Visit stored = visits.record(PatrolPolicy.key(key), patrolId, worker.id(), worker.displayName(), grid, visit);
        if (visit.matterCategory() == null || stored.matterId() != null) {
            return stored;
        }
        return report(worker, stored, visit.matterCategory(), visit.photos());
    }

    /**
     * A whole finished patrol at once, with its track and its visits (each visit's key derived from the patrol's), in
     * one transaction: a phone that kept a walk offline, or the demo history. Visits are recorded without matters.
     */
    @Transactional
    public Patrol walked(CurrentUser worker, String key, List<TrackPoint> track, Instant endedAt, List<NewVisit> made) {
        if (track.isEmpty()) {
            throw new PatrolRefused("patrols.badPosition");
        }
        Patrol patrol = start(worker, key, track.get(0).at());
        track(worker, patrol.key(), track);
        for (int i = 0; i < made.size(); i++) {
            NewVisit visit = made.get(i);
            visits.record(
                    key + ":visit:" + i, patrol.id(), worker.id(), worker.displayName(), patrol.gridCode(), visit);
        }
        return stop(worker, patrol.key(), endedAt);
    }

    /**
     * A matter the worker came across on patrol, reported from the phone (perhaps long after, when the network came
     * back) through the intake with the phone's key: sent twice, it is still one matter.
     */
    public Receipt report(CurrentUser worker, String key, NewReport report, List<byte[]> photos) {
        PatrolPolicy.gridOf(worker);
        NewReport onPatrol = new NewReport(
                report.description(), report.categoryCode(), report.lat(), report.lng(), null, Channel.PATROL);
        return intake.report(onPatrol, photos, PatrolPolicy.key(key), Reporter.of(worker, null));
    }

    /** Reports an earlier visit's finding as a matter (once: a visit already reported keeps its matter). */
    public Visit reportFinding(CurrentUser worker, UUID visitId, String category) {
        Visit visit = visits.visit(visitId).orElseThrow(PatrolNotFound::new);
        if (!visit.workerId().equals(worker.id())) {
            throw new OutOfScope("visit " + visitId);
        }
        return visit.matterId() != null ? visit : report(worker, visit, category, List.of());
    }

    private Visit report(CurrentUser worker, Visit visit, String category, List<byte[]> photos) {
        NewReport report = new NewReport(
                visit.finding() + "（" + visit.household() + "）",
                category,
                visit.lat(),
                visit.lng(),
                null,
                Channel.PATROL);
        Receipt receipt = intake.report(report, photos, "patrol-visit:" + visit.id(), Reporter.of(worker, null));
        visits.linkMatter(visit.id(), receipt.id(), receipt.trackingCode());
        return visits.visit(visit.id()).orElseThrow();
    }

    /** The worker's own day. */
    public Day today(CurrentUser worker) {
        return dayOf(worker.id(), LocalDate.now(clock.withZone(DateRange.CHINA)));
    }

    /**
     * One worker's day as {@code viewer} may see it: the worker themselves, their leaders within scope and the
     * administrators; anyone else is refused, also when the day is empty.
     */
    public Day day(CurrentUser viewer, UUID workerId, LocalDate date) {
        if (!viewer.id().equals(workerId) && !PatrolPolicy.leads(viewer)) {
            throw new OutOfScope("patrols of " + workerId);
        }
        Day day = dayOf(workerId, date);
        boolean outside = day.patrols().stream().anyMatch(p -> !PatrolPolicy.maySee(viewer, workerId, p.gridCode()))
                || day.visits().stream().anyMatch(v -> !PatrolPolicy.maySee(viewer, workerId, v.gridCode()));
        if (outside) {
            throw new OutOfScope("patrols of " + workerId);
        }
        return day;
    }

    private Day dayOf(UUID workerId, LocalDate date) {
        Instant from = date.atStartOfDay(DateRange.CHINA).toInstant();
        Instant until = date.plusDays(1).atStartOfDay(DateRange.CHINA).toInstant();
        List<Patrol> walked = patrols.patrolsOf(workerId, from, until);
        Map<UUID, List<TrackPoint>> tracks = new LinkedHashMap<>();
        walked.forEach(p -> tracks.put(p.id(), patrols.track(p.id())));
        return new Day(date, walked, tracks, visits.visitsOf(workerId, from, until));
    }

    private Patrol own(CurrentUser worker, @Nullable String patrolKey) {
        return patrols.patrol(worker.id(), PatrolPolicy.key(patrolKey == null ? "" : patrolKey))
                .orElseThrow(PatrolNotFound::new);
    }
}
