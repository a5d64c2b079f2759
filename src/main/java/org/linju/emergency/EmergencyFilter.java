package org.linju.emergency;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.DateRange;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The emergencies list's filters and page as the URL carries them ({@code /emergency?area=…&state=active&…}).
 *
 * @param area a street, community or grid: emergencies whose area overlaps it, within the caller's scope
 * @param active {@code true} for emergencies in force, {@code false} for lifted ones, none for both
 * @param from declared on or after this day
 * @param to declared on or before this day
 */
public record EmergencyFilter(
        @Nullable String area,
        @Nullable EmergencyLevel level,
        @Nullable EmergencyKind kind,
        @Nullable Boolean active,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the list sorts by; the first, newest first, is the default. */
    public static final List<String> SORTABLE = List.of("declared", "title", "kind", "level", "state");

    public ListRequest request() {
        boolean byDate = sort == null || !SORTABLE.contains(sort) || sort.equals("declared");
        return ListRequest.of(page, size, sort, dir, SORTABLE, byDate);
    }

    @Nullable
    RegionCode areaCode() {
        return area == null || area.isBlank() ? null : RegionCode.of(area.strip());
    }

    DateRange declared() {
        return DateRange.of(from, to);
    }
}
