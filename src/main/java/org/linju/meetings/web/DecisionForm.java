package org.linju.meetings.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.meetings.Decision;
import org.linju.meetings.DecisionDraft;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A decision as the meeting page's form sends it: the grid, category, owner and the annual big thing it serves
 * ({@code item}, optional) are picked, never typed.
 */
record DecisionForm(
        @Nullable String text,
        Decision.@Nullable Outcome outcome,
        @Nullable String grid,
        @Nullable String category,
        @Nullable UUID owner,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate due,

        @Nullable UUID item) {

    DecisionDraft toDraft() {
        if (text == null || outcome == null || due == null) {
            throw new FormIncomplete();
        }
        return new DecisionDraft(text, outcome, blank(grid), blank(category), owner, due, item);
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
