package org.linju.matters;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A matter's workflow. Each action checks the current stage, moves it, and returns the transition for the
 * timeline; an action that does not fit the stage throws {@link IllegalTransition} and changes nothing.
 */
public final class Matter {

    /** Stages in which nothing has been resolved yet, so a duplicate can still be merged away. */
    private static final Set<Stage> OPEN = EnumSet.of(
            Stage.REPORTED, Stage.REGISTERED, Stage.DISPATCHED, Stage.ACCEPTED, Stage.IN_PROGRESS, Stage.RETURNED);

    private Stage stage;
    private @Nullable Colour colour;
    private boolean reopened;

    public Matter(Stage stage, @Nullable Colour colour, boolean reopened) {
        this.stage = stage;
        this.colour = colour;
        this.reopened = reopened;
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

    /** 立案: triaged into a colour. */
    public Transition register(Colour triaged, @Nullable String note) {
        Transition transition = move("register", EnumSet.of(Stage.REPORTED), Stage.REGISTERED, note);
        colour = triaged;
        return transition;
    }

    public Transition dispatch(@Nullable String note) {
        return move("dispatch", EnumSet.of(Stage.REGISTERED, Stage.RETURNED), Stage.DISPATCHED, note);
    }

    public Transition accept() {
        return move("accept", EnumSet.of(Stage.DISPATCHED), Stage.ACCEPTED, null);
    }

    public Transition returnBack(String reason) {
        return move("return", EnumSet.of(Stage.DISPATCHED, Stage.ACCEPTED), Stage.RETURNED, required(reason));
    }

    public Transition start() {
        return move("start", EnumSet.of(Stage.ACCEPTED), Stage.IN_PROGRESS, null);
    }

    public Transition resolve(String result) {
        return move("resolve", EnumSet.of(Stage.IN_PROGRESS), Stage.RESOLVED, required(result));
    }

    /** 核查 failed: back to the handler. */
    public Transition rejectResolution(String reason) {
        return move("rejectResolution", EnumSet.of(Stage.RESOLVED), Stage.IN_PROGRESS, required(reason));
    }

    public Transition verify(@Nullable String note) {
        return move("verify", EnumSet.of(Stage.RESOLVED), Stage.VERIFIED, note);
    }

    public Transition strikeOff(@Nullable String note) {
        return move("strikeOff", EnumSet.of(Stage.VERIFIED), Stage.STRUCK_OFF, note);
    }

    /** 作废: only before work has started, with a reason and an approver. */
    public Transition voidIt(String reason) {
        return move(
                "void", EnumSet.of(Stage.REPORTED, Stage.REGISTERED, Stage.RETURNED), Stage.VOIDED, required(reason));
    }

    /** 缓办: work pauses, with a reason and an approver. */
    public Transition defer(String reason) {
        return move("defer", EnumSet.of(Stage.ACCEPTED, Stage.IN_PROGRESS), Stage.DEFERRED, required(reason));
    }

    /** 延期: more time for the same work, once a second person approved it; the stage stays. */
    public Transition extend(String reason) {
        Set<Stage> working = EnumSet.of(Stage.DISPATCHED, Stage.ACCEPTED, Stage.IN_PROGRESS);
        return move("extend", working, stage, required(reason));
    }

    /** Merged into the matter that carries on: this one stops, its reporter follows the other. */
    public Transition mergeInto(String trackingCode) {
        return move("merge", OPEN, Stage.MERGED, trackingCode);
    }

    public Transition resume() {
        return move("resume", EnumSet.of(Stage.DEFERRED), Stage.IN_PROGRESS, null);
    }

    /** An unsatisfied resident reopens a struck-off matter once; a second time it stays closed. */
    public Transition reopen(String reason) {
        if (reopened) {
            throw new IllegalTransition(stage, "reopen");
        }
        Transition transition = move("reopen", EnumSet.of(Stage.STRUCK_OFF), Stage.IN_PROGRESS, required(reason));
        reopened = true;
        return transition;
    }

    private Transition move(String action, Set<Stage> from, Stage to, @Nullable String note) {
        if (!from.contains(stage)) {
            throw new IllegalTransition(stage, action);
        }
        Transition transition = new Transition(action, stage, to, note);
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
