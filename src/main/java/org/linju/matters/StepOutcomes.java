package org.linju.matters;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
    record Outcome(Transition transition, MatterStore.Deadlines deadlines) {}

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

    /** Applies {@code action} to {@code matter} (the workflow of {@code view}), or throws why it may not be taken. */
    Outcome of(CurrentUser user, MatterView view, Matter matter, Action action, MatterWork.Input input, Instant now) {
        MatterStore.Deadlines deadlines = MatterStore.Deadlines.NONE;
        Transition transition;
        switch (action) {
            case TRIAGE -> {
                transition = triage(matter, input);
                Urgency urgency = view.gridCode() != null
                                && !emergencies
                                        .activeIn(List.of(view.gridCode()))
                                        .isEmpty()
                        ? Urgency.EMERGENCY
                        : input.urgency();
                deadlines = new MatterStore.Deadlines(
                        null, now.plus(limits(matter, urgency, view).resolve()), null, null);
            }
            case DISPATCH -> {
                if (view.gridCode() == null
                        && view.departmentCode() == null
                        && (input.department() == null || input.department().isBlank())) {
                    throw new GridRequired();
                }
                transition = matter.dispatch(input.note());
                // A new dispatch (also after a return) starts a new acceptance: the earlier one no longer counts.
                deadlines = new MatterStore.Deadlines(
                        now.plus(limits(matter, view.urgency(), view).accept()), null, null, null, true, false);
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
                deadlines = new MatterStore.Deadlines(
                        null, now.plus(limits(matter, view.urgency(), view).resolve()), null, null);
            }
            case VOID, DEFER, EXTEND -> transition = approvals.file(user, view, action, input.note(), input.hours());
            case APPROVE -> {
                Approvals.Request request = approvals.approve(user, view.id(), input.note());
                transition = Approvals.apply(matter, request.kind(), request.reason());
                if (request.kind() == Action.EXTEND && request.extensionHours() != null) {
                    Instant from =
                            view.resolveDue() == null || view.resolveDue().isBefore(now) ? now : view.resolveDue();
                    deadlines = new MatterStore.Deadlines(
                            null, from.plusSeconds(3600L * request.extensionHours()), null, null);
                }
            }
            case REJECT_REQUEST -> {
                Approvals.Request request = approvals.reject(user, view.id(), input.note());
                transition = new Transition(
                        "rejectRequest" + request.kind().name(), view.stage(), view.stage(), input.note());
            }
            case MERGE -> throw new IllegalTransition(view.stage(), "merge");
            default -> throw new IllegalStateException("unhandled action " + action);
        }
        return new Outcome(transition, deadlines);
    }

    TimeLimits.Limits limits(Matter matter, @Nullable Urgency urgency, MatterView view) {
        return timeLimits.of(Objects.requireNonNullElse(matter.colour(), Colour.GREEN), urgency, view.categoryCode());
    }

    private Transition triage(Matter matter, MatterWork.Input input) {
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
