package org.linju.agenda;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;

/**
 * The list of items as the URL carries it ({@code /agenda?year=2026&area=…&status=ADOPTED&…}).
 *
 * @param year the list's year, or null for every year
 * @param area a street, community or grid within the viewer's scope (from the area picker), or null for all of it
 * @param status one status, or null for all
 */
public record AnnualItemFilter(
        @Nullable Integer year,
        @Nullable String area,
        @Nullable ItemStatus status,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the list sorts by; the first is the default. */
    public static final List<String> SORTABLE = List.of("area", "year", "title", "status", "progress");

    public static AnnualItemFilter ofYear(int year) {
        return new AnnualItemFilter(year, null, null, null, null, null, null);
    }

    public ListRequest request() {
        return ListRequest.of(page, size, sort, dir, SORTABLE, false);
    }
}
