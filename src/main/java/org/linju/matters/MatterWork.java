package org.linju.matters;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.Grids;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff side of the workflow: the commands. Every step checks scope and role, lets the aggregate take it, writes
 * the new state only if nobody changed the matter in between (else {@link ConcurrentChange}), appends the step to the
 * timeline and publishes the events the aggregate raised, all in one transaction. What each step does to the clocks
 * is {@link StepOutcomes}'; who may take it, {@link MatterAccess}; what staff read, {@link MatterPages}.
 */
@Service
public class MatterWork {

    private static final Set<Action> PUBLIC_STEPS = EnumSet.of(Action.ACCEPT, Action.RESOLVE, Action.STRIKE_OFF);
    /** The steps that take photos: before handling, after handling, at verification. */
    public static final Set<Action> PHOTO_STEPS = EnumSet.of(Action.START, Action.RESOLVE, Action.VERIFY);

    /** The longest note or reason a step may carry. */
    private static final int MAX_NOTE = 900;

    private final MatterStore store;
    private final MatterTimeline timeline;
    private final MatterPhotos photoStore;
    private final MatterAccess access;
    private final StepOutcomes outcomes;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Departments departments;
    private final Grids grids;
    private final PhotoSanitizer photos;
    private final TransactionTemplate transactions;

    MatterWork(
            MatterStore store,
            MatterTimeline timeline,
            MatterPhotos photoStore,
            MatterAccess access,
            StepOutcomes outcomes,
            Clock clock,
            ApplicationEventPublisher events,
            Departments departments,
            Grids grids,
            PhotoSanitizer photos,
            TransactionTemplate transactions) {
        this.store = store;
        this.timeline = timeline;
        this.photoStore = photoStore;
        this.access = access;
        this.outcomes = outcomes;
        this.clock = clock;
        this.events = events;
        this.departments = departments;
        this.grids = grids;
        this.photos = photos;
        this.transactions = transactions;
    }

    /**
     * Takes one step on a matter. Its photos are cleaned before the step's transaction begins: a decode may wait its
     * turn for a while and must not hold a database connection meanwhile. The step is checked first, so that nothing
     * is decoded for someone who may not take it, and again in the transaction.
     */
    public MatterView takeStep(CurrentUser user, UUID id, int version, StaffStep step) {
        List<PhotoSanitizer.Photo> clean = List.of();
        if (!step.photos().isEmpty()) {
            check(user, access.matter(user, id), version, step);
            clean = photos.cleanAll(step.photos());
        }
        List<PhotoSanitizer.Photo> cleaned = clean;
        return Objects.requireNonNull(transactions.execute(status -> record(user, id, version, step, cleaned)));
    }

    private void check(CurrentUser user, MatterView view, int version, StaffStep step) {
        if (view.version() != version) {
            throw new ConcurrentChange();
        }
        if (!access.permitted(user, view, step.action())) {
            throw new ActionRefused();
        }
        checkLength("note", step.note());
    }

    private MatterView record(
            CurrentUser user, UUID id, int version, StaffStep step, List<PhotoSanitizer.Photo> photos) {
        MatterView view = access.matter(user, id);
        check(user, view, version, step);
        Matter matter = view.workflow();
        Instant now = clock.instant();
        StepOutcomes.Outcome outcome = outcomes.of(user, view, matter, step, now);
        StaffStep.Triage triage = step instanceof StaffStep.Triage t ? t : null;
        if (!store.apply(
                id,
                version,
                matter,
                triage == null ? null : triage.urgency(),
                triage == null ? null : triage.difficulty(),
                outcome.deadlines())) {
            throw new ConcurrentChange();
        }
        if (step instanceof StaffStep.Dispatch dispatch && StepOutcomes.given(dispatch.department())) {
            assignDepartment(view, dispatch.department().strip());
        }
        boolean shown = PUBLIC_STEPS.contains(step.action());
        long entry = timeline.recordTimeline(id, now, user.getUsername(), outcome.transition(), shown);
        photoStore.storePhotos(id, entry, photos);
        matter.takeRaisedEvents().forEach(events::publishEvent);
        return store.find(id).orElseThrow();
    }

    /** Merges this matter into the one that carries on; this matter's reporter then follows that one's progress. */
    @Transactional
    public MatterView merge(CurrentUser user, UUID id, int version, String targetTrackingCode) {
        MatterView view = access.matter(user, id);
        if (!access.permitted(user, view, Action.MERGE)) {
            throw new ActionRefused();
        }
        MatterView target = store.findByTrackingCode(targetTrackingCode.strip().toUpperCase(Locale.ROOT))
                .filter(found -> !found.id().equals(id))
                .filter(found -> found.stage() != Stage.VOIDED && found.stage() != Stage.MERGED)
                .orElseThrow(() -> new UnacceptableReport("target", "matter.badMergeTarget"));
        access.matter(user, target.id());
        Matter matter = view.workflow();
        Transition transition = matter.mergeInto(target.trackingCode());
        if (!store.apply(id, version, matter, null, null, Deadlines.NONE)) {
            throw new ConcurrentChange();
        }
        store.markMerged(id, target.id());
        Instant now = clock.instant();
        timeline.recordTimeline(id, now, user.getUsername(), transition, true);
        timeline.recordTimeline(
                target.id(),
                now,
                user.getUsername(),
                new Transition("absorb", target.stage(), target.stage(), view.trackingCode()),
                false);
        return store.find(id).orElseThrow();
    }

    /** Puts a matter no grid was found for into a grid (district admins, from the manual-assignment queue). */
    @Transactional
    public MatterView assignGrid(CurrentUser user, UUID id, int version, String gridCode) {
        MatterView view = access.matter(user, id);
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new ActionRefused();
        }
        if (view.gridCode() != null) {
            throw new IllegalTransition(view.stage(), "assignGrid");
        }
        if (!RegionCode.isValid(gridCode)
                || !grids.exists(gridCode)
                || !user.scope().covers(RegionCode.of(gridCode))) {
            throw new UnacceptableReport("gridCode", "matter.unknownGrid");
        }
        if (!store.assignGrid(id, version, gridCode)) {
            throw new ConcurrentChange();
        }
        timeline.recordTimeline(
                id,
                clock.instant(),
                user.getUsername(),
                new Transition("assignGrid", view.stage(), view.stage(), gridCode),
                false);
        return store.find(id).orElseThrow();
    }

    /** A note or reason fits the timeline's note with room for its prefix ("rating.UNSATISFIED: "). */
    static void checkLength(String field, @Nullable String text) {
        if (text != null && text.strip().length() > MAX_NOTE) {
            throw new UnacceptableReport(field, "matter.noteTooLong");
        }
    }

    private void assignDepartment(MatterView view, String department) {
        if (view.colour() != Colour.RED) {
            throw new UnacceptableReport("department", "matter.departmentOnlyForRed");
        }
        if (departments.find(department).isEmpty()) {
            throw new UnacceptableReport("department", "matter.unknownDepartment");
        }
        store.setDepartment(view.id(), department);
    }
}
