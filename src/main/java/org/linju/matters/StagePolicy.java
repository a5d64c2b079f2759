package org.linju.matters;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The workflow's stage policy (after GB/T 30428): the stages each step may be taken from. Deciding a request is never
 * refused here; the step the request stands for is checked when it is taken. Who may take a step is
 * {@link HandlingPolicy}'s question.
 */
final class StagePolicy {

    /** Stages in which nothing has been resolved yet, so a duplicate can still be merged away. */
    private static final Set<Stage> OPEN = EnumSet.of(
            Stage.REPORTED, Stage.REGISTERED, Stage.DISPATCHED, Stage.ACCEPTED, Stage.IN_PROGRESS, Stage.RETURNED);

    private static final Map<Action, Set<Stage>> TAKEN_FROM = takenFrom();

    private StagePolicy() {}

    static boolean allows(Stage stage, Action action) {
        return TAKEN_FROM.get(action).contains(stage);
    }

    private static Map<Action, Set<Stage>> takenFrom() {
        Map<Action, Set<Stage>> from = new EnumMap<>(Action.class);
        from.put(Action.TRIAGE, EnumSet.of(Stage.REPORTED));
        from.put(Action.DISPATCH, EnumSet.of(Stage.REGISTERED, Stage.RETURNED));
        from.put(Action.ACCEPT, EnumSet.of(Stage.DISPATCHED));
        from.put(Action.RETURN, EnumSet.of(Stage.DISPATCHED, Stage.ACCEPTED));
        from.put(Action.START, EnumSet.of(Stage.ACCEPTED));
        from.put(Action.RESOLVE, EnumSet.of(Stage.IN_PROGRESS));
        from.put(Action.REJECT_RESOLUTION, EnumSet.of(Stage.RESOLVED));
        from.put(Action.VERIFY, EnumSet.of(Stage.RESOLVED));
        from.put(Action.STRIKE_OFF, EnumSet.of(Stage.VERIFIED));
        from.put(Action.VOID, EnumSet.of(Stage.REPORTED, Stage.REGISTERED, Stage.RETURNED));
        from.put(Action.DEFER, EnumSet.of(Stage.ACCEPTED, Stage.IN_PROGRESS));
        from.put(Action.EXTEND, EnumSet.of(Stage.DISPATCHED, Stage.ACCEPTED, Stage.IN_PROGRESS));
        from.put(Action.RESUME, EnumSet.of(Stage.DEFERRED));
        from.put(Action.MERGE, OPEN);
        from.put(Action.APPROVE, EnumSet.allOf(Stage.class));
        from.put(Action.REJECT_REQUEST, EnumSet.allOf(Stage.class));
        return from;
    }
}
