package org.linju.workshops;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The inspections list's filters as the URL carries them.
 *
 * @param area a street, community or grid of the viewer's scope
 * @param state {@code PLANNED} (not yet recorded), {@code PASSED} or {@code FAILED}
 */
public record InspectionFilter(
        @Nullable String area,
        @Nullable String state,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    public static final List<String> SORTABLE = List.of("day", "workshop", "grid", "result");

    public static InspectionFilter none() {
        return new InspectionFilter(null, null, null, null, null, null, null, null);
    }

    public ListRequest request() {
        return ListRequest.of(page, size, sort, dir, SORTABLE, true);
    }
}
