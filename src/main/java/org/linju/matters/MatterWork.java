package org.linju.matters;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.emergency.Emergencies;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.privacy.DataPolicy;
import org.linju.privacy.DataPolicy.Datum;
import org.linju.privacy.DataPolicy.Disclosure;
import org.linju.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff side of the workflow. Every step checks scope and role, applies the aggregate's transition, writes the
 * new state only if nobody changed the matter in between (else {@link ConcurrentChange}), and appends the step to
 * the timeline in the same transaction. Voiding, deferring and extending go through {@link Approvals}. A matter
 * triaged while its grid is under a declared emergency gets the emergency time limit, whatever its urgency.
 */
@Service
public class MatterWork {

	/**
	 * What a step may carry: a note or reason; for triage the urgency, difficulty and an optional colour override;
	 * for an extension the extra hours; for dispatching a red matter, the department it goes to; and up to six photos
	 * of the work (before or after handling: JPEG or PNG, stored without their metadata).
	 */
	public record Input(@Nullable String note, @Nullable Urgency urgency, @Nullable Difficulty difficulty,
			@Nullable Colour override, @Nullable Integer hours, @Nullable String department, List<byte[]> photos) {

		public Input(@Nullable String note, @Nullable Urgency urgency, @Nullable Difficulty difficulty,
				@Nullable Colour override, @Nullable Integer hours, @Nullable String department) {
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
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final TriageTable triageTable;
	private final TimeLimits timeLimits;
	private final Approvals approvals;
	private final Departments departments;
	private final Emergencies emergencies;
	private final PhotoSanitizer photos;
	private final TransactionTemplate transactions;

	MatterWork(MatterStore store, Clock clock, ApplicationEventPublisher events, AuditLog audit, TriageTable triageTable,
			TimeLimits timeLimits, Approvals approvals, Departments departments, Emergencies emergencies,
			PhotoSanitizer photos, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.emergencies = emergencies;
		this.photos = photos;
		this.store = store;
		this.clock = clock;
		this.events = events;
		this.audit = audit;
		this.triageTable = triageTable;
		this.timeLimits = timeLimits;
		this.approvals = approvals;
		this.departments = departments;
	}

	public List<MatterView> queue(CurrentUser user) {
		return store.queue(user.scope(), user.role() == Role.DISTRICT_ADMIN, departmentOf(user), 200);
	}

	/** A matter the viewer may see: in their scope, or handed to their department. */
	public MatterView matter(CurrentUser user, UUID id) {
		MatterView matter = store.find(id).orElseThrow(MatterNotFound::new);
		boolean visible = matter.gridCode() == null ? user.role() == Role.DISTRICT_ADMIN
				: user.scope().covers(RegionCode.of(matter.gridCode()));
		if (!visible && (matter.departmentCode() == null || !matter.departmentCode().equals(departmentOf(user)))) {
			throw new OutOfScope("matter");
		}
		return matter;
	}

	/** The steps this viewer can take on the matter now, for the matter page's buttons. */
	public List<Action> available(CurrentUser user, MatterView view) {
		return available(user, view, approvals.pending(view.id()));
	}

	private List<Action> available(CurrentUser user, MatterView view, Optional<Approvals.Request> pending) {
		List<Action> available = new ArrayList<>();
		for (Action action : Action.values()) {
			boolean waiting = pending.isPresent();
			boolean fits = switch (action) {
				case APPROVE, REJECT_REQUEST -> waiting && !pending.get().requestedBy().equals(user.getUsername());
				case VOID, DEFER, EXTEND -> !waiting && legal(view, action);
				// Outside every grid only a red matter can go, to a department; the others wait for a grid.
				case DISPATCH -> legal(view, action) && (view.gridCode() != null || view.colour() == Colour.RED);
				default -> legal(view, action);
			};
			if (fits && permitted(user, view, action)) {
				available.add(action);
			}
		}
		return available;
	}

	public Optional<Approvals.Request> pendingRequest(CurrentUser user, UUID id) {
		matter(user, id);
		return approvals.pending(id);
	}

	/**
	 * Everything the matter page shows, read after one scope check: the matter, its timeline, photos, likely
	 * duplicates, merged duplicates, the steps the viewer can take, a pending request, and the reporter's phone
	 * (masked, and not at all for roles the data policy shows no phones; like every view of personal data, audited).
	 */
	public record Page(MatterView matter, List<TimelineEntry> timeline, List<UUID> photos, List<String> nearby,
			List<String> merged, List<Action> actions, Approvals.@Nullable Request pending, @Nullable String reporterPhone) {
	}

	public Page page(CurrentUser user, UUID id) {
		MatterView matter = matter(user, id);
		Optional<String> phone = DataPolicy.disclosure(user.role(), Datum.PHONE) == Disclosure.HIDDEN ? Optional.empty()
				: store.maskedReporterPhone(id);
		phone.ifPresent(masked -> audit.record(new AuditRecord(user.getUsername(), user.role().name(),
				AuditAction.VIEW_PERSONAL_DATA, "matter", id.toString(), matter.gridCode(), null, "masked reporter phone")));
		List<String> nearby = matter.lat() == null || matter.lng() == null ? List.of()
				: store.nearby(id, matter.categoryCode(), matter.lat(), matter.lng());
		Optional<Approvals.Request> pending = approvals.pending(id);
		return new Page(matter, store.timeline(id, false), store.photoIds(id), nearby, store.mergedTrackingCodes(id),
				available(user, matter, pending), pending.orElse(null), phone.orElse(null));
	}

	/** Tracking codes of the duplicates merged into this matter. */
	public List<String> merged(CurrentUser user, UUID id) {
		matter(user, id);
		return store.mergedTrackingCodes(id);
	}

	/** A photo's content type and bytes, for viewers who may see the matter. */
	public Map.Entry<String, byte[]> photo(CurrentUser user, UUID id, UUID photo) {
		matter(user, id);
		PhotoSanitizer.Photo found = store.photo(id, photo).orElseThrow(MatterNotFound::new);
		return Map.entry(found.contentType(), found.bytes());
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
		if (!permitted(user, view, action)) {
			throw new ActionRefused();
		}
		checkLength("note", input.note());
		if (!input.photos().isEmpty() && !PHOTO_STEPS.contains(action)) {
			throw new UnacceptableReport("photos", "matter.noPhotosHere");
		}
	}

	private MatterView step(CurrentUser user, UUID id, int version, Action action, Input input,
			List<PhotoSanitizer.Photo> photos) {
		MatterView view = matter(user, id);
		check(user, view, version, action, input);
		Matter matter = view.workflow();
		Instant now = clock.instant();
		MatterStore.Deadlines deadlines = MatterStore.Deadlines.NONE;
		Transition transition;
		switch (action) {
			case TRIAGE -> {
				transition = triage(matter, input);
				Urgency urgency = view.gridCode() != null && !emergencies.activeIn(List.of(view.gridCode())).isEmpty()
						? Urgency.EMERGENCY : input.urgency();
				deadlines = new MatterStore.Deadlines(null, now.plus(limits(matter, urgency, view).resolve()), null, null);
			}
			case DISPATCH -> {
				if (view.gridCode() == null && view.departmentCode() == null
						&& (input.department() == null || input.department().isBlank())) {
					throw new GridRequired();
				}
				transition = matter.dispatch(input.note());
				// A new dispatch (also after a return) starts a new acceptance: the earlier one no longer counts.
				deadlines = new MatterStore.Deadlines(now.plus(limits(matter, view.urgency(), view).accept()), null, null,
						null, true, false);
			}
			case ACCEPT -> {
				transition = matter.accept();
				deadlines = new MatterStore.Deadlines(null, null, now, null);
			}
			case RESOLVE -> {
				transition = matter.resolve(input.note());
				deadlines = new MatterStore.Deadlines(null, null, null, now);
			}
			case RETURN -> transition = matter.returnBack(input.note());
			case START -> transition = matter.start();
			case REJECT_RESOLUTION -> {
				transition = matter.rejectResolution(input.note());
				deadlines = new MatterStore.Deadlines(null, null, null, null, false, true);
			}
			case VERIFY -> transition = matter.verify(input.note());
			case STRIKE_OFF -> transition = matter.strikeOff(input.note());
			case RESUME -> {
				transition = matter.resume();
				deadlines = new MatterStore.Deadlines(null, now.plus(limits(matter, view.urgency(), view).resolve()), null, null);
			}
			case VOID, DEFER, EXTEND -> transition = approvals.file(user, view, action, input.note(), input.hours());
			case APPROVE -> {
				Approvals.Request request = approvals.approve(user, id, input.note());
				transition = Approvals.apply(matter, request.kind(), request.reason());
				if (request.kind() == Action.EXTEND && request.extensionHours() != null) {
					Instant from = view.resolveDue() == null || view.resolveDue().isBefore(now) ? now : view.resolveDue();
					deadlines = new MatterStore.Deadlines(null, from.plusSeconds(3600L * request.extensionHours()), null, null);
				}
			}
			case REJECT_REQUEST -> {
				Approvals.Request request = approvals.reject(user, id, input.note());
				transition = new Transition("rejectRequest" + request.kind().name(), view.stage(), view.stage(), input.note());
			}
			case MERGE -> throw new IllegalTransition(view.stage(), "merge");
			default -> throw new IllegalStateException("unhandled action " + action);
		}
		boolean triaged = action == Action.TRIAGE;
		if (!store.apply(id, version, matter, triaged ? input.urgency() : null, triaged ? input.difficulty() : null,
				deadlines)) {
			throw new ConcurrentChange();
		}
		if (action == Action.DISPATCH && input.department() != null && !input.department().isBlank()) {
			assignDepartment(view, input.department().strip());
		}
		long step = store.recordTimeline(id, now, user.getUsername(), transition, PUBLIC_STEPS.contains(action));
		store.storePhotos(id, step, photos);
		MatterView after = store.find(id).orElseThrow();
		announce(action, after);
		return after;
	}

	/** Merges this matter into the one that carries on; this matter's reporter then follows that one's progress. */
	@Transactional
	public MatterView merge(CurrentUser user, UUID id, int version, String targetTrackingCode) {
		MatterView view = matter(user, id);
		if (!permitted(user, view, Action.MERGE)) {
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
		store.recordTimeline(id, now, user.getUsername(), transition, true);
		store.recordTimeline(target.id(), now, user.getUsername(),
				new Transition("absorb", target.stage(), target.stage(), view.trackingCode()), false);
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
		if (!RegionCode.isValid(gridCode) || !store.gridExists(gridCode) || !user.scope().covers(RegionCode.of(gridCode))) {
			throw new UnacceptableReport("gridCode", "matter.unknownGrid");
		}
		if (!store.assignGrid(id, version, gridCode)) {
			throw new ConcurrentChange();
		}
		store.recordTimeline(id, clock.instant(), user.getUsername(),
				new Transition("assignGrid", view.stage(), view.stage(), gridCode), false);
		return store.find(id).orElseThrow();
	}

	/** The resident rates a struck-off matter; "unsatisfied" with a reason reopens it once. */
	@Transactional
	public void rate(String trackingCode, Rating rating, @Nullable String reason) {
		checkLength("reason", reason);
		MatterView view = store.findByTrackingCode(trackingCode).orElseThrow(MatterNotFound::new);
		Matter matter = view.workflow();
		if (matter.stage() != Stage.STRUCK_OFF || "rate".equals(store.lastAction(view.id()))) {
			throw new IllegalTransition(matter.stage(), "rate");
		}
		boolean reopens = rating == Rating.UNSATISFIED && !matter.reopened();
		Transition transition = reopens ? matter.reopen(reason)
				: new Transition("rate", Stage.STRUCK_OFF, Stage.STRUCK_OFF, null);
		java.time.Instant due = reopens ? clock.instant().plus(limits(matter, view.urgency(), view).resolve()) : null;
		if (!store.rate(view.id(), view.version(), matter, rating, due)) {
			throw new ConcurrentChange();
		}
		store.recordTimeline(view.id(), clock.instant(), "reporter",
				new Transition(transition.action(), transition.from(), transition.to(),
						"rating." + rating.name() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip())),
				true);
	}

	/** A note or reason fits the timeline's note with room for its prefix ("rating.UNSATISFIED: "). */
	private static void checkLength(String field, @Nullable String text) {
		if (text != null && text.strip().length() > MAX_NOTE) {
			throw new UnacceptableReport(field, "matter.noteTooLong");
		}
	}

	private boolean permitted(CurrentUser user, MatterView view, Action action) {
		Colour colour = action == Action.TRIAGE ? null : view.colour();
		if (!HandlingPolicy.may(user.role(), action, colour)) {
			return false;
		}
		// Department staff work on the red matters handed to their own department.
		return user.role() != Role.DEPARTMENT_STAFF
				|| (user.departmentCode() != null && Objects.equals(view.departmentCode(), user.departmentCode()));
	}

	private static boolean legal(MatterView view, Action action) {
		Matter matter = view.workflow();
		try {
			switch (action) {
				case TRIAGE -> matter.register(Colour.GREEN, null);
				case DISPATCH -> matter.dispatch(null);
				case ACCEPT -> matter.accept();
				case RETURN -> matter.returnBack("?");
				case START -> matter.start();
				case RESOLVE -> matter.resolve("?");
				case REJECT_RESOLUTION -> matter.rejectResolution("?");
				case VERIFY -> matter.verify(null);
				case STRIKE_OFF -> matter.strikeOff(null);
				case RESUME -> matter.resume();
				case VOID, DEFER, EXTEND -> Approvals.apply(matter, action, "?");
				case MERGE -> matter.mergeInto("?");
				case APPROVE, REJECT_REQUEST -> {
					return false;
				}
			}
			return true;
		}
		catch (IllegalTransition e) {
			return false;
		}
	}

	private TimeLimits.Limits limits(Matter matter, @Nullable Urgency urgency, MatterView view) {
		return timeLimits.of(Objects.requireNonNullElse(matter.colour(), Colour.GREEN), urgency, view.categoryCode());
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
			events.publishEvent(new MatterTriaged(after.id(), after.trackingCode(), after.categoryName(), after.colour(),
					after.districtCode(), after.gridCode()));
		}
		else if (action == Action.DISPATCH && after.colour() != null) {
			events.publishEvent(new MatterDispatched(after.id(), after.trackingCode(), after.categoryName(),
					after.colour(), after.gridCode(), List.copyOf(HandlingPolicy.handlers(after.colour())),
					after.departmentCode()));
		}
		else if (action.needsApproval()) {
			events.publishEvent(new ApprovalRequested(after.id(), after.trackingCode(), after.districtCode(), after.gridCode(), action,
					List.copyOf(HandlingPolicy.approvers())));
		}
		else if (action == Action.STRIKE_OFF) {
			events.publishEvent(new MatterStruckOff(after.id(), after.trackingCode(), after.gridCode()));
		}
	}

	private static @Nullable String departmentOf(CurrentUser user) {
		return user.role() == Role.DEPARTMENT_STAFF ? user.departmentCode() : null;
	}

	private Transition triage(Matter matter, Input input) {
		if (input.urgency() == null || input.difficulty() == null) {
			throw new ReasonMissing();
		}
		Colour colour = triageTable.current().colourOf(input.urgency(), input.difficulty());
		if (input.override() != null && input.override() != colour) {
			if (input.note() == null || input.note().isBlank()) {
				throw new ReasonMissing();
			}
			colour = input.override();
		}
		return matter.register(colour, input.note());
	}
}
