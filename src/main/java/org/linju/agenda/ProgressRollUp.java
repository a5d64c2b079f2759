package org.linju.agenda;

import java.util.List;
import org.linju.shared.WeightedProgress;

/**
 * An item's progress from its milestones: the done milestones' share of all the weights, in whole percent rounded
 * down, so an item shows 100 % only when every milestone is done (and 0 % without milestones).
 */
public final class ProgressRollUp {

    private ProgressRollUp() {}

    public static int percent(List<Milestone> milestones) {
        return WeightedProgress.percent(milestones.stream()
                .map(milestone -> new WeightedProgress.Part(milestone.weight(), milestone.done() ? 100 : 0))
                .toList());
    }
}
