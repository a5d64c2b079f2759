package org.linju.demo;

import java.time.Instant;
import java.util.List;

/**
 * One module's part of the demo district's past, replayed through its services on the steered clock
 * ({@code SteerableClock.at}), in {@code @Order}: before the matters, or after them when it reads what they left (as the
 * evaluation does).
 */
interface HistoryChapter {

    default boolean afterMatters() {
        return false;
    }

    void replay(HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end);
}
