package org.linju.works;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;
import org.linju.shared.Theme;

/**
 * The project list as the URL carries it ({@code /works/projects?status=UNDER_CONSTRUCTION&theme=…&area=…&year=2023}).
 *
 * @param area a street, community or grid within the viewer's scope (from the area picker), or null for all of it
 */
public record LivelihoodProjectFilter(
        @Nullable ProjectStatus status,
        @Nullable Theme theme,
        @Nullable String area,
        @Nullable Integer year,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the list sorts by; the first is the default. */
    public static final List<String> SORTABLE = List.of("updated", "name", "area", "year", "status", "progress");

    public static LivelihoodProjectFilter all() {
        return new LivelihoodProjectFilter(null, null, null, null, null, null, null, null);
    }

    public ListRequest request() {
        return ListRequest.of(page, size, sort, dir, SORTABLE, true);
    }
}
