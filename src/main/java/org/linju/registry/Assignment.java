package org.linju.registry;

import org.jspecify.annotations.Nullable;

/**
 * What became of a task pushed to grids: it went through to {@code grids} grids (admitted or funded), or it was
 * refused with the item's refusal (and the refusal is kept for the burden report).
 */
public record Assignment(TaskOutcome outcome, int grids, WorkItem.@Nullable Refusal refusal) {

    public boolean wentThrough() {
        return outcome != TaskOutcome.REFUSED;
    }
}
