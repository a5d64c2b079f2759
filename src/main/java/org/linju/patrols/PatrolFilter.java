package org.linju.patrols;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.DateRange;
import org.linju.shared.ListRequest;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The patrol list's filters and page as the URL carries them ({@code /patrols?area=…&from=…&worker=…}).
 *
 * @param area a street, community or grid within the viewer's scope
 * @param worker part of the worker's name
 * @param from started on or after this day
 * @param to started on or before this day
 */
public record PatrolFilter(
        @Nullable String area,
        @Nullable String worker,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the list sorts by; the first, newest first, is the default. */
    public static final List<String> SORTABLE = List.of("started", "worker", "grid", "minutes", "visits");

    public PatrolFilter {
        area = area == null || area.isBlank() ? null : area.strip();
        worker = worker == null || worker.isBlank() ? null : worker.strip();
    }

    public ListRequest request() {
        boolean newestFirst = sort == null || !SORTABLE.contains(sort) || sort.equals("started");
        return ListRequest.of(page, size, sort, dir, SORTABLE, newestFirst);
    }

    DateRange started() {
        return DateRange.of(from, to);
    }
}
