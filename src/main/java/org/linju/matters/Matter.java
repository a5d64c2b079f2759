package org.linju.matters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A matter's workflow. {@link #allows(Action)} says whether the stage permits a step; each step checks that, moves
 * the stage and returns the transition for the timeline, and a step that does not fit the stage throws
 * {@link IllegalTransition} and changes nothing. A matter read from the store raises the events its steps cause
 * (triaged, dispatched, approval requested, struck off); the service publishes them once the step is stored.
 */
final class Matter {

    /** What the events of a recorded matter say about it besides its stage and colour. */
    record Facts(
            UUID id,
            String trackingCode,
            String categoryName,
            String districtCode,
            @Nullable String gridCode) {}

    private final @Nullable Facts facts;
    private final List<Object> raised = new ArrayList<>();
    private Stage stage;
    private @Nullable Colour colour;
    private boolean reopened;
    private @Nullable String departmentCode;

    /** A bare workflow, without a recorded matter (as the unit tests use it): it raises no events. */
    Matter(Stage stage, @Nullable Colour colour, boolean reopened) {
        this(null, stage, colour, reopened, null);
    }

    Matter(
            @Nullable Facts facts,
            Stage stage,
            @Nullable Colour colour,
            boolean reopened,
            @Nullable String departmentCode) {
        this.facts = facts;
        this.stage = stage;
        this.colour = colour;
        this.reopened = reopened;
        this.departmentCode = departmentCode;
    }

    public static Matter reported() {
        return new Matter(Stage.REPORTED, null, false);
    }

    public Stage stage() {
        return stage;
    }

    public @Nullable Colour colour() {
        return colour;
    }

    public boolean reopened() {
        return reopened;
    }

    /** Whether the matter's stage permits the step now (who may take it is {@link HandlingPolicy}'s question). */
    public boolean allows(Action action) {
        return StagePolicy.allows(stage, action);
    }

    /** The events the steps taken so far raised, in order; the list is then empty. */
    List<Object> takeRaisedEvents() {
        List<Object> events = List.copyOf(raised);
        raised.clear();
        return events;
    }

    /** 立案: triaged into a colour. */
    public Transition register(Colour triaged, @Nullable String note) {
        Transition transition = move("register", Action.TRIAGE, Stage.REGISTERED, note);
        colour = triaged;
        if (facts != null) {
            raised.add(new MatterTriaged(
                    facts.id(),
                    facts.trackingCode(),
                    facts.categoryName(),
                    triaged,
                    facts.districtCode(),
                    facts.gridCode()));
        }
        return transition;
    }

    public Transition dispatch(@Nullable String note) {
        return dispatch(note, null);
    }

    /** 派遣, a red matter possibly to a district department. */
    Transition dispatch(@Nullable String note, @Nullable String department) {
        Transition transition = move("dispatch", Action.DISPATCH, Stage.DISPATCHED, note);
        if (department != null) {
            departmentCode = department;
        }
        if (facts != null && colour != null) {
            raised.add(new MatterDispatched(
                    facts.id(),
                    facts.trackingCode(),
                    facts.categoryName(),
                    colour,
                    facts.gridCode(),
                    List.copyOf(HandlingPolicy.handlers(colour)),
                    departmentCode));
        }
        return transition;
    }

    public Transition accept() {
        return move("accept", Action.ACCEPT, Stage.ACCEPTED, null);
    }

    public Transition returnBack(String reason) {
        return move("return", Action.RETURN, Stage.RETURNED, required(reason));
    }

    public Transition start() {
        return move("start", Action.START, Stage.IN_PROGRESS, null);
    }

    public Transition resolve(String result) {
        return move("resolve", Action.RESOLVE, Stage.RESOLVED, required(result));
    }

    /** 核查 failed: back to the handler. */
    public Transition rejectResolution(String reason) {
        return move("rejectResolution", Action.REJECT_RESOLUTION, Stage.IN_PROGRESS, required(reason));
    }

    public Transition verify(@Nullable String note) {
        return move("verify", Action.VERIFY, Stage.VERIFIED, note);
    }

    public Transition strikeOff(@Nullable String note) {
        Transition transition = move("strikeOff", Action.STRIKE_OFF, Stage.STRUCK_OFF, note);
        if (facts != null) {
            raised.add(new MatterStruckOff(facts.id(), facts.trackingCode(), facts.gridCode()));
        }
        return transition;
    }

    /** 作废: only before work has started, with a reason and an approver. */
    public Transition declareVoid(String reason) {
        return move("void", Action.VOID, Stage.VOIDED, required(reason));
    }

    /** 缓办: work pauses, with a reason and an approver. */
    public Transition defer(String reason) {
        return move("defer", Action.DEFER, Stage.DEFERRED, required(reason));
    }

    /** 延期: more time for the same work, once a second person approved it; the stage stays. */
    public Transition extend(String reason) {
        return move("extend", Action.EXTEND, stage, required(reason));
    }

    /**
     * Files a request to void, defer or extend (a second person decides it): the stage must allow the step now and a
     * reason is needed; the stage stays until the request is approved.
     */
    Transition requestApproval(Action kind, @Nullable String reason) {
        String why = required(reason);
        if (!kind.needsApproval()) {
            throw new IllegalArgumentException(kind + " needs no approval");
        }
        if (!allows(kind)) {
            throw new IllegalTransition(stage, kind.name().toLowerCase(Locale.ROOT));
        }
        if (facts != null) {
            raised.add(new ApprovalRequested(
                    facts.id(),
                    facts.trackingCode(),
                    facts.districtCode(),
                    facts.gridCode(),
                    kind,
                    List.copyOf(HandlingPolicy.approvers())));
        }
        return new Transition("request" + kind.name(), stage, stage, why);
    }

    /** Takes the step an approved request stands for (refused if the stage no longer allows it). */
    Transition grant(Action kind, @Nullable String reason) {
        return switch (kind) {
            case VOID -> declareVoid(reason);
            case DEFER -> defer(reason);
            case EXTEND -> extend(reason);
            default -> throw new IllegalArgumentException(kind + " needs no approval");
        };
    }

    /** Merged into the matter that carries on: this one stops, its reporter follows the other. */
    public Transition mergeInto(String trackingCode) {
        return move("merge", Action.MERGE, Stage.MERGED, trackingCode);
    }

    public Transition resume() {
        return move("resume", Action.RESUME, Stage.IN_PROGRESS, null);
    }

    /** An unsatisfied resident reopens a struck-off matter once; a second time it stays closed. */
    public Transition reopen(String reason) {
        if (reopened) {
            throw new IllegalTransition(stage, "reopen");
        }
        String why = required(reason);
        if (stage != Stage.STRUCK_OFF) {
            throw new IllegalTransition(stage, "reopen");
        }
        Transition transition = new Transition("reopen", stage, Stage.IN_PROGRESS, why);
        stage = Stage.IN_PROGRESS;
        reopened = true;
        return transition;
    }

    private Transition move(String name, Action action, Stage to, @Nullable String note) {
        if (!allows(action)) {
            throw new IllegalTransition(stage, name);
        }
        Transition transition = new Transition(name, stage, to, note);
        stage = to;
        return transition;
    }

    private static String required(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonMissing();
        }
        return reason.strip();
    }
}
