package org.linju.grid;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fifth part of a community's board, its annual task list (年度任务清单). Implemented by the module that keeps the
 * annual lists (agenda); the board shows an empty list without one. An implementation calls
 * {@link BoardChanges#changed()} when what it answers changes.
 */
public interface AnnualTasks {

    /** One item of the list with its progress in percent; {@code url} is a local address of its public page. */
    record Task(String title, int progress, String statusKey, String url) {}

    /** An earlier year's archived list. */
    record EarlierYear(int year, String url) {}

    /**
     * The community's list of the current year, the earlier years' archives, and where residents propose items.
     *
     * @param proposeUrl a local address, or null when residents cannot propose
     */
    record Listing(
            int year,
            List<Task> tasks,
            List<EarlierYear> earlier,
            @Nullable String proposeUrl) {

        public static Listing none() {
            return new Listing(0, List.of(), List.of(), null);
        }
    }

    Listing ofCommunity(String communityCode);
}
