package org.linju.matters;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.emergency.Emergencies;
import org.linju.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * What a staff step does to a matter: the aggregate's transition and the clocks it sets (time limits from the triage
 * table and {@link TimeLimits}; the emergency limit while the matter's grid is under a declared emergency; an approved
 * extension). Voiding, deferring and extending go through {@link Approvals}.
 */
@Component
class StepOutcomes {

    /** A step's transition and the clock changes it makes. */
    record Outcome(Transition transition, Deadlines deadlines) {

        Outcome(Transition transition) {
            this(transition, Deadlines.NONE);
        }
    }

    private final TriageTable triageTable;
    private final TimeLimits timeLimits;
    private final Approvals approvals;
    private final Emergencies emergencies;

    StepOutcomes(TriageTable triageTable, TimeLimits timeLimits, Approvals approvals, Emergencies emergencies) {
        this.triageTable = triageTable;
        this.timeLimits = timeLimits;
        this.approvals = approvals;
        this.emergencies = emergencies;
    }

    /** Takes {@code step} on {@code matter} (the workflow of {@code view}), or throws why it may not be taken. */
    Outcome of(CurrentUser user, MatterView view, Matter matter, StaffStep step, Instant now) {
        return switch (step.action()) {
            case TRIAGE -> triage(view, matter, (StaffStep.Triage) step, now);
            case DISPATCH -> dispatch(view, matter, (StaffStep.Dispatch) step, now);
            case ACCEPT -> new Outcome(matter.accept(), new Deadlines(null, null, now, null));
            case RESOLVE -> new Outcome(matter.resolve(step.note()), new Deadlines(null, null, null, now));
            case RETURN -> new Outcome(matter.returnBack(step.note()));
            case START -> new Outcome(matter.start());
            case REJECT_RESOLUTION ->
                new Outcome(matter.rejectResolution(step.note()), new Deadlines(null, null, null, null, false, true));
            case VERIFY -> new Outcome(matter.verify(step.note()));
            case STRIKE_OFF -> new Outcome(matter.strikeOff(step.note()));
            case RESUME -> {
                Transition transition = matter.resume();
                Instant due = timeLimits.resolveDue(matter.colour(), view.urgency(), view.categoryCode(), now);
                yield new Outcome(transition, new Deadlines(null, due, null, null));
            }
            case VOID, DEFER -> new Outcome(approvals.file(user, view, matter, step.action(), step.note(), null));
            case EXTEND ->
                new Outcome(approvals.file(
                        user, view, matter, Action.EXTEND, step.note(), ((StaffStep.RequestExtension) step).hours()));
            case APPROVE -> approve(user, view, matter, step.note(), now);
            case REJECT_REQUEST -> {
                Approvals.Request request = approvals.turnDown(user, view.id(), step.note());
                String name = "rejectRequest" + request.kind().name();
                yield new Outcome(new Transition(name, view.stage(), view.stage(), step.note()));
            }
            case MERGE -> throw new IllegalStateException("merging has its own command");
        };
    }

    /** Whether a form field was filled in. */
    static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    /** 立案 sets the resolution limit; under a declared emergency in the matter's grid, the emergency one. */
    private Outcome triage(MatterView view, Matter matter, StaffStep.Triage step, Instant now) {
        if (step.urgency() == null || step.difficulty() == null) {
            throw new ReasonMissing();
        }
        Colour colour = triageTable.current().colourOf(step.urgency(), step.difficulty());
        if (step.override() != null && step.override() != colour) {
            if (!given(step.note())) {
                throw new ReasonMissing();
            }
            colour = step.override();
        }
        Transition transition = matter.register(colour, step.note());
        boolean emergency = view.gridCode() != null
                && !emergencies.activeIn(List.of(view.gridCode())).isEmpty();
        Urgency urgency = emergency ? Urgency.EMERGENCY : step.urgency();
        Instant due = timeLimits.resolveDue(matter.colour(), urgency, view.categoryCode(), now);
        return new Outcome(transition, new Deadlines(null, due, null, null));
    }

    /** A new dispatch (also after a return) starts a new acceptance: the earlier one no longer counts. */
    private Outcome dispatch(MatterView view, Matter matter, StaffStep.Dispatch step, Instant now) {
        boolean toDepartment = given(step.department());
        if (view.gridCode() == null && view.departmentCode() == null && !toDepartment) {
            throw new GridRequired();
        }
        Transition transition =
                matter.dispatch(step.note(), toDepartment ? step.department().strip() : null);
        Instant due = timeLimits.acceptDue(matter.colour(), view.urgency(), view.categoryCode(), now);
        return new Outcome(transition, new Deadlines(due, null, null, null, true, false));
    }

    /** The approved request's step is taken; an approved extension moves the resolution limit. */
    private Outcome approve(CurrentUser user, MatterView view, Matter matter, @Nullable String note, Instant now) {
        Approvals.Request request = approvals.approve(user, view.id(), note);
        Transition transition = matter.grant(request.kind(), request.reason());
        if (request.kind() == Action.EXTEND && request.extensionHours() != null) {
            Instant due = TimeLimits.extended(view.resolveDue(), request.extensionHours(), now);
            return new Outcome(transition, new Deadlines(null, due, null, null));
        }
        return new Outcome(transition);
    }
}
