package org.linju.matters;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
 * The staff side of the workflow. Every step checks scope and role, applies the aggregate's transition, writes the
 * new state only if nobody changed the matter in between (else {@link ConcurrentChange}), and appends the step to
 * the timeline in the same transaction. What each step does to the matter is {@link StepOutcomes}'; who may take it,
 * {@link MatterAccess}; what staff read, {@link MatterPages}.
 */
@Service
public class MatterWork {

    /**
     * What a step may carry: a note or reason; for triage the urgency, difficulty and an optional colour override;
     * for an extension the extra hours; for dispatching a red matter, the department it goes to; and up to six photos
     * of the work (before or after handling: JPEG or PNG, stored without their metadata).
     */
    public record Input(
            @Nullable String note,
            @Nullable Urgency urgency,
            @Nullable Difficulty difficulty,
            @Nullable Colour override,
            @Nullable Integer hours,
            @Nullable String department,
            List<byte[]> photos) {

        public Input(
                @Nullable String note,
                @Nullable Urgency urgency,
                @Nullable Difficulty difficulty,
                @Nullable Colour override,
                @Nullable Integer hours,
                @Nullable String department) {
            this(note, urgency, difficulty, override, hours, department, List.of());
        }

        public static Input note(@Nullable String note) {
            return new Input(note, null, null, null, null, null);
        }
    }

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
    private final Approvals approvals;
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
            Approvals approvals,
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
        this.approvals = approvals;
        this.departments = departments;
        this.grids = grids;
        this.photos = photos;
        this.transactions = transactions;
    }

    /** A matter the viewer may see: in their scope, or handed to their department. */
    public MatterView matter(CurrentUser user, UUID id) {
        return access.matter(user, id);
    }

    /** The steps this viewer can take on the matter now, for the matter page's buttons. */
    public List<Action> available(CurrentUser user, MatterView view) {
        return access.available(user, view, approvals.pending(view.id()));
    }

    /**
     * One step on a matter. Its photos are cleaned before the step's transaction begins: a decode may wait its turn for
     * a while and must not hold a database connection meanwhile. The step is checked first, so that nothing is decoded
     * for someone who may not take it, and again in the transaction.
     */
    public MatterView act(CurrentUser user, UUID id, int version, Action action, Input input) {
        List<PhotoSanitizer.Photo> photos = List.of();
        if (!input.photos().isEmpty()) {
            check(user, matter(user, id), version, action, input);
            photos = this.photos.cleanAll(input.photos());
        }
        List<PhotoSanitizer.Photo> clean = photos;
        return Objects.requireNonNull(transactions.execute(status -> step(user, id, version, action, input, clean)));
    }

    private void check(CurrentUser user, MatterView view, int version, Action action, Input input) {
        if (view.version() != version) {
            throw new ConcurrentChange();
        }
        if (!access.permitted(user, view, action)) {
            throw new ActionRefused();
        }
        checkLength("note", input.note());
        if (!input.photos().isEmpty() && !PHOTO_STEPS.contains(action)) {
            throw new UnacceptableReport("photos", "matter.noPhotosHere");
        }
    }

    private MatterView step(
            CurrentUser user, UUID id, int version, Action action, Input input, List<PhotoSanitizer.Photo> photos) {
        MatterView view = matter(user, id);
        check(user, view, version, action, input);
        Matter matter = view.workflow();
        Instant now = clock.instant();
        StepOutcomes.Outcome outcome = outcomes.of(user, view, matter, action, input, now);
        MatterStore.Deadlines deadlines = outcome.deadlines();
        Transition transition = outcome.transition();
        boolean triaged = action == Action.TRIAGE;
        if (!store.apply(
                id,
                version,
                matter,
                triaged ? input.urgency() : null,
                triaged ? input.difficulty() : null,
                deadlines)) {
            throw new ConcurrentChange();
        }
        if (action == Action.DISPATCH
                && input.department() != null
                && !input.department().isBlank()) {
            assignDepartment(view, input.department().strip());
        }
        long step = timeline.recordTimeline(id, now, user.getUsername(), transition, PUBLIC_STEPS.contains(action));
        photoStore.storePhotos(id, step, photos);
        MatterView after = store.find(id).orElseThrow();
        announce(action, after);
        return after;
    }

    /** Merges this matter into the one that carries on; this matter's reporter then follows that one's progress. */
    @Transactional
    public MatterView merge(CurrentUser user, UUID id, int version, String targetTrackingCode) {
        MatterView view = matter(user, id);
        if (!access.permitted(user, view, Action.MERGE)) {
            throw new ActionRefused();
        }
        MatterView target = store.findByTrackingCode(targetTrackingCode.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(found -> !found.id().equals(id))
                .filter(found -> found.stage() != Stage.VOIDED && found.stage() != Stage.MERGED)
                .orElseThrow(() -> new UnacceptableReport("target", "matter.badMergeTarget"));
        matter(user, target.id());
        Matter matter = view.workflow();
        Transition transition = matter.mergeInto(target.trackingCode());
        if (!store.apply(id, version, matter, null, null, MatterStore.Deadlines.NONE)) {
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
        MatterView view = matter(user, id);
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

    private void announce(Action action, MatterView after) {
        if (action == Action.TRIAGE && after.colour() != null) {
            events.publishEvent(new MatterTriaged(
                    after.id(),
                    after.trackingCode(),
                    after.categoryName(),
                    after.colour(),
                    after.districtCode(),
                    after.gridCode()));
        } else if (action == Action.DISPATCH && after.colour() != null) {
            events.publishEvent(new MatterDispatched(
                    after.id(),
                    after.trackingCode(),
                    after.categoryName(),
                    after.colour(),
                    after.gridCode(),
                    List.copyOf(HandlingPolicy.handlers(after.colour())),
                    after.departmentCode()));
        } else if (action.needsApproval()) {
            events.publishEvent(new ApprovalRequested(
                    after.id(),
                    after.trackingCode(),
                    after.districtCode(),
                    after.gridCode(),
                    action,
                    List.copyOf(HandlingPolicy.approvers())));
        } else if (action == Action.STRIKE_OFF) {
            events.publishEvent(new MatterStruckOff(after.id(), after.trackingCode(), after.gridCode()));
        }
    }
}
