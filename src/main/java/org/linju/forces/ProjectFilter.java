package org.linju.forces;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the list of projects is narrowed to, within the viewer's scope.
 *
 * @param area a community or grid code within the viewer's scope, or null for the whole scope
 * @param state open for sign-up, full, or ended; null for all
 * @param from the first day (China time) a listed project starts on, or null
 * @param to the last day a listed project starts on, or null
 */
public record ProjectFilter(
        @Nullable String area,
        @Nullable State state,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    /** Where a project stands for someone who would sign up. */
    public enum State {
        /** Not ended, places left. */
        OPEN,
        /** Not ended, every place taken. */
        FULL,
        ENDED
    }

    public static final ProjectFilter NONE = new ProjectFilter(null, null, null, null);

    public ProjectFilter {
        area = area == null || area.isBlank() ? null : area.strip();
    }

    ProjectFilter inArea(@Nullable String checkedArea) {
        return new ProjectFilter(checkedArea, state, from, to);
    }
}
