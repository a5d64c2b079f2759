package org.linju.matters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Role;

/**
 * Which matters wait for a role: the (colour, stage) pairs in which the role may take the step that moves the matter
 * on, read from the same policies that decide the matter page's buttons. Requests for approval, merging and resuming a
 * deferred matter are left out: nothing is late until someone takes them.
 */
final class NextSteps {

    private static final Set<Action> FORWARD = EnumSet.of(
            Action.TRIAGE,
            Action.DISPATCH,
            Action.ACCEPT,
            Action.START,
            Action.RESOLVE,
            Action.VERIFY,
            Action.STRIKE_OFF);

    private NextSteps() {}

    /** {@code COLOUR:STAGE} for every pair the role moves on ({@code :REPORTED} for a matter not yet triaged). */
    static String[] pairsFor(Role role) {
        List<String> pairs = new ArrayList<>();
        List<@Nullable Colour> colours = new ArrayList<>(Arrays.asList(Colour.values()));
        colours.add(null);
        for (Stage stage : Stage.values()) {
            for (Colour colour : colours) {
                if (FORWARD.stream().anyMatch(action -> moves(role, action, stage, colour))) {
                    pairs.add((colour == null ? "" : colour.name()) + ":" + stage.name());
                }
            }
        }
        return pairs.toArray(String[]::new);
    }

    private static boolean moves(Role role, Action action, Stage stage, @Nullable Colour colour) {
        if (!StagePolicy.allows(stage, action) || (stage == Stage.REPORTED) != (colour == null)) {
            return false;
        }
        return HandlingPolicy.may(role, action, action == Action.TRIAGE ? null : colour);
    }
}
