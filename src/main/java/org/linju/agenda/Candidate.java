package org.linju.agenda;

import org.jspecify.annotations.Nullable;

/**
 * A candidate for a year's list, as residents propose it or the committee adds it.
 *
 * @param grid one of the community's grids when the item is the grid's own, else null
 */
public record Candidate(String community, @Nullable String grid, int year, String title, String description) {

    static final int TITLE_MAX = 60;
    static final int DESCRIPTION_MAX = 1000;

    public Candidate {
        title = title.strip();
        description = description.strip();
        grid = grid == null || grid.isBlank() ? null : grid.strip();
    }

    void check() {
        if (title.length() < 2 || title.length() > TITLE_MAX) {
            throw new ItemInvalid("agenda.titleLength");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new ItemInvalid("agenda.descriptionLength");
        }
        if (grid != null && !grid.startsWith(community)) {
            throw new ItemInvalid("agenda.gridOutside");
        }
    }
}
