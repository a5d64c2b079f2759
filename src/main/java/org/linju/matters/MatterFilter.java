package org.linju.matters;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.DateRange;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The matters list's filters and page, as the URL carries them ({@code /matters?area=…&stage=…&mine=true&sort=…}), so
 * that a filtered view can be bookmarked, shared and linked to from the workbench.
 *
 * @param area a street, community or grid code; it narrows the caller's scope, never widens it
 * @param category a catalogue code; a top-level category takes in its sub-categories
 * @param q a tracking code, or words of the description
 * @param overdue only open matters past their time limit
 * @param mine only matters whose next step is the caller's ({@link WaitingFor})
 */
record MatterFilter(
        @Nullable String area,
        @Nullable String category,
        @Nullable Stage stage,
        @Nullable Colour colour,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Nullable String q,
        @Nullable Boolean overdue,
        @Nullable Boolean mine,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the list sorts by; the first, newest first, is the default. */
    static final List<String> SORTABLE = List.of("reported", "deadline", "stage", "colour", "code", "category", "grid");

    public boolean overdueOnly() {
        return Boolean.TRUE.equals(overdue);
    }

    public boolean mineOnly() {
        return Boolean.TRUE.equals(mine);
    }

    ListRequest request() {
        return ListRequest.of(page, size, sort, dir, SORTABLE, "reported".equals(sortOrDefault()));
    }

    /** The area as a code; a malformed one is refused (400), never matched as a pattern. */
    @Nullable
    RegionCode areaCode() {
        return area == null || area.isBlank() ? null : RegionCode.of(area.strip());
    }

    DateRange reported() {
        return DateRange.of(from, to);
    }

    private String sortOrDefault() {
        return sort != null && SORTABLE.contains(sort) ? sort : SORTABLE.get(0);
    }
}
