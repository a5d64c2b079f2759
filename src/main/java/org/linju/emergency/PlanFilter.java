package org.linju.emergency;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;

/**
 * The plans list's filters and page as the URL carries them ({@code /emergency/plans?kind=FLOOD&state=DRAFT&…}).
 *
 * @param area a street or community: plans whose area overlaps it, within the caller's scope
 * @param state the state of the plan's latest version
 */
public record PlanFilter(
        @Nullable String area,
        @Nullable EmergencyKind kind,
        @Nullable EmergencyLevel level,
        @Nullable PlanState state,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the list sorts by; the first, by hazard, is the default. */
    public static final List<String> SORTABLE = List.of("kind", "title", "level", "state", "drafted");

    public ListRequest request() {
        return ListRequest.of(page, size, sort, dir, SORTABLE, false);
    }

    @Nullable
    RegionCode areaCode() {
        return area == null || area.isBlank() ? null : RegionCode.of(area.strip());
    }
}
