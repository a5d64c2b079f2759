package org.linju.agenda;

import java.util.List;

/**
 * An item's progress from its milestones: the done milestones' share of all the weights, in whole percent rounded
 * down, so an item shows 100 % only when every milestone is done (and 0 % without milestones).
 */
public final class ProgressRollUp {

    private ProgressRollUp() {}

    public static int percent(List<Milestone> milestones) {
        long total = 0;
        long done = 0;
        for (Milestone milestone : milestones) {
            total += milestone.weight();
            if (milestone.done()) {
                done += milestone.weight();
            }
        }
        return total == 0 ? 0 : (int) (done * 100 / total);
    }
}
