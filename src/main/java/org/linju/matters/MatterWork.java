package org.linju.matters;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff side of the workflow. Every step checks scope and role, applies the aggregate's transition, writes the
 * new state only if nobody changed the matter in between (else {@link ConcurrentChange}), and appends the step to
 * the timeline in the same transaction.
 */
@Service
public class MatterWork {

	/** What a step may carry: a note or reason, and for triage the urgency, difficulty and an optional override. */
	public record Input(@Nullable String note, @Nullable Urgency urgency, @Nullable Difficulty difficulty,
			@Nullable Colour override) {
	}

	private final MatterStore store;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final org.linju.audit.AuditLog audit;
	private final TriagePolicy triage = TriagePolicy.defaults();

	MatterWork(MatterStore store, Clock clock, org.springframework.context.ApplicationEventPublisher events,
			org.linju.audit.AuditLog audit) {
		this.audit = audit;
		this.store = store;
		this.clock = clock;
		this.events = events;
	}

	public List<MatterView> queue(CurrentUser user) {
		return store.queue(user.scope(), user.role() == Role.DISTRICT_ADMIN, 200);
	}

	public MatterView matter(CurrentUser user, UUID id) {
		MatterView matter = store.find(id).orElseThrow(MatterNotFound::new);
		boolean visible = matter.gridCode() == null ? user.role() == Role.DISTRICT_ADMIN
				: user.scope().covers(RegionCode.of(matter.gridCode()));
		if (!visible) {
			throw new OutOfScope("matter");
		}
		return matter;
	}

	/** The reporter's phone, masked, for the matter page; like every view of personal data, it is audited. */
	public java.util.Optional<String> reporterPhone(CurrentUser user, UUID id) {
		MatterView matter = matter(user, id);
		java.util.Optional<String> phone = store.maskedReporterPhone(id);
		phone.ifPresent(masked -> audit.record(new org.linju.audit.AuditRecord(user.getUsername(), user.role().name(),
				org.linju.audit.AuditAction.VIEW_PERSONAL_DATA, "matter", id.toString(), matter.gridCode(), null,
				"masked reporter phone")));
		return phone;
	}

	/** Likely duplicates of this matter, for staff to compare and merge by hand. */
	public List<String> nearby(CurrentUser user, UUID id) {
		MatterView matter = matter(user, id);
		return matter.lat() == null ? List.of() : store.nearby(id, matter.categoryCode(), matter.lat(), matter.lng());
	}

	public List<UUID> photos(CurrentUser user, UUID id) {
		matter(user, id);
		return store.photoIds(id);
	}

	/** A photo's content type and bytes, for viewers who may see the matter. */
	public java.util.Map.Entry<String, byte[]> photo(CurrentUser user, UUID id, UUID photo) {
		matter(user, id);
		PhotoSanitizer.Photo found = store.photo(id, photo).orElseThrow(MatterNotFound::new);
		return java.util.Map.entry(found.contentType(), found.bytes());
	}

	public List<TimelineEntry> timeline(CurrentUser user, UUID id) {
		matter(user, id);
		return store.timeline(id, false);
	}

	@Transactional
	public MatterView act(CurrentUser user, UUID id, int version, Action action, Input input) {
		MatterView view = matter(user, id);
		if (view.version() != version) {
			throw new ConcurrentChange();
		}
		Matter matter = view.workflow();
		Colour colourForCheck = action == Action.TRIAGE ? null : matter.colour();
		if (!HandlingPolicy.may(user.role(), action, colourForCheck)) {
			throw new ActionRefused();
		}
		Transition transition = switch (action) {
			case TRIAGE -> triage(matter, input);
			case DISPATCH -> matter.dispatch(input.note());
			case ACCEPT -> matter.accept();
			case RETURN -> matter.returnBack(input.note());
			case START -> matter.start();
			case RESOLVE -> matter.resolve(input.note());
			case REJECT_RESOLUTION -> matter.rejectResolution(input.note());
			case VERIFY -> matter.verify(input.note());
			case STRIKE_OFF -> matter.strikeOff(input.note());
			case VOID -> matter.voidIt(input.note());
			case DEFER -> matter.defer(input.note());
			case RESUME -> matter.resume();
		};
		if (!store.apply(id, version, matter, input.urgency(), input.difficulty(), deadlines(action, input))) {
			throw new ConcurrentChange();
		}
		boolean isPublic = action == Action.RESOLVE || action == Action.STRIKE_OFF || action == Action.ACCEPT;
		store.recordTimeline(id, clock.instant(), user.getUsername(), transition, isPublic);
		MatterView after = store.find(id).orElseThrow();
		if (action == Action.DISPATCH && after.colour() != null) {
			events.publishEvent(new MatterDispatched(id, after.trackingCode(), after.categoryName(), after.colour(),
					after.gridCode(), List.copyOf(HandlingPolicy.handlers(after.colour()))));
		}
		else if (action == Action.STRIKE_OFF) {
			events.publishEvent(new MatterStruckOff(id, after.trackingCode(), after.gridCode()));
		}
		return after;
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
		MatterView view = store.findByTrackingCode(trackingCode).orElseThrow(MatterNotFound::new);
		Matter matter = view.workflow();
		if (matter.stage() != Stage.STRUCK_OFF) {
			throw new IllegalTransition(matter.stage(), "rate");
		}
		Transition transition = rating == Rating.UNSATISFIED && !matter.reopened() ? matter.reopen(reason)
				: new Transition("rate", Stage.STRUCK_OFF, Stage.STRUCK_OFF, null);
		if (!store.rate(view.id(), view.version(), matter, rating)) {
			throw new ConcurrentChange();
		}
		store.recordTimeline(view.id(), clock.instant(), "reporter",
				new Transition(transition.action(), transition.from(), transition.to(),
						"rating." + rating.name() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip())),
				true);
	}

	private MatterStore.Deadlines deadlines(Action action, Input input) {
		java.time.Instant now = clock.instant();
		return switch (action) {
			case TRIAGE -> new MatterStore.Deadlines(null,
					now.plus(TimeLimits.resolve(input.urgency(), input.difficulty())), null, null);
			case DISPATCH -> new MatterStore.Deadlines(now.plus(TimeLimits.ACCEPT), null, null, null);
			case ACCEPT -> new MatterStore.Deadlines(null, null, now, null);
			case RESOLVE -> new MatterStore.Deadlines(null, null, null, now);
			default -> MatterStore.Deadlines.NONE;
		};
	}

	private Transition triage(Matter matter, Input input) {
		if (input.urgency() == null || input.difficulty() == null) {
			throw new ReasonMissing();
		}
		Colour colour = triage.colourOf(input.urgency(), input.difficulty());
		if (input.override() != null && input.override() != colour) {
			if (input.note() == null || input.note().isBlank()) {
				throw new ReasonMissing();
			}
			colour = input.override();
		}
		return matter.register(colour, input.note());
	}
}
