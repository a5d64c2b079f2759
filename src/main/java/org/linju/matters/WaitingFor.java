package org.linju.matters;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Role;

/**
 * What "waits for my action" means for a role, one rule for the list's {@code mine=true} and the workbench's counts: a
 * matter whose next step of the workflow is the role's to take, by the same rules as the matter page's buttons (the
 * stage allows the step, {@link StagePolicy}; the role handles the matter's colour, {@link HandlingPolicy}); requests
 * waiting for a decision have their own card and list. Only the steps that move a matter on count: returning, voiding, deferring,
 * extending, merging and rejecting a resolution are possible on almost every open matter and would make every open
 * matter "mine"; resuming a deferred matter waits for its date, not for a person.
 */
final class WaitingFor {

    private static final Set<Action> NEXT_STEPS = EnumSet.of(
            Action.TRIAGE,
            Action.DISPATCH,
            Action.ACCEPT,
            Action.START,
            Action.RESOLVE,
            Action.VERIFY,
            Action.STRIKE_OFF);

    /**
     * The limit a matter works to now, in SQL over {@code m}: a dispatched matter must first be accepted, every other
     * open one resolved. The workbench's overdue counts and the list's {@code overdue=true} both use it.
     */
    static final String CURRENT_DUE =
            "(case when m.stage = 'DISPATCHED' then least(m.accept_due, m.resolve_due) else m.resolve_due end)";

    private WaitingFor() {}

    /** The stages and colours ({@code STAGE/COLOUR}, {@code -} for none) at which a step is the role's to take. */
    static String[] stagesAndColours(Role role) {
        return keys(role, (stage, colour) -> stage.name() + "/" + (colour == null ? "-" : colour.name()));
    }

    /** The same as {@code COLOUR:STAGE} ({@code :REPORTED} for a matter not yet triaged), as the tallies key them. */
    static String[] colourStagePairs(Role role) {
        return keys(role, (stage, colour) -> (colour == null ? "" : colour.name()) + ":" + stage.name());
    }

    private static String[] keys(Role role, BiFunction<Stage, @Nullable Colour, String> key) {
        List<String> keys = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (Colour colour : coloursAndNone()) {
                if (NEXT_STEPS.stream().anyMatch(step -> isTheirs(role, stage, colour, step))) {
                    keys.add(key.apply(stage, colour));
                }
            }
        }
        return keys.toArray(String[]::new);
    }

    private static boolean isTheirs(Role role, Stage stage, @Nullable Colour colour, Action step) {
        return StagePolicy.allows(stage, step)
                && HandlingPolicy.may(role, step, step == Action.TRIAGE ? null : colour)
                && (step == Action.TRIAGE) == (colour == null);
    }

    private static List<@Nullable Colour> coloursAndNone() {
        List<@Nullable Colour> colours = new ArrayList<>(List.of(Colour.values()));
        colours.add(null);
        return colours;
    }
}
