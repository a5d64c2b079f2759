package org.linju.meetings;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The meetings list's filters and page as the URL carries them ({@code /meetings?kind=…&area=…&month=2026-11&…}).
 *
 * @param area a street, community or grid from the picker: it narrows the caller's scope, never widens it
 * @param month meetings starting in this month (China time); also the month whose missed monthly meetings are shown
 */
public record MeetingFilter(
        @Nullable MeetingKind kind,
        @Nullable String area,

        @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth month,

        @Nullable MeetingState state,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the list sorts by; the first, latest first, is the default. */
    public static final List<String> SORTABLE = List.of("starts", "kind", "area", "state");

    public ListRequest request() {
        boolean byDate = sort == null || !SORTABLE.contains(sort) || sort.equals("starts");
        return ListRequest.of(page, size, sort, dir, SORTABLE, byDate);
    }
}
