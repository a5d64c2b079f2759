package org.linju.works;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;

/** The back-street list as the URL carries it ({@code /works/streets?year=2024&area=…&grade=FINE&held=true}). */
public record BackStreetFilter(
        @Nullable Integer year,
        @Nullable String area,
        @Nullable StreetGrade grade,
        @Nullable Boolean held,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    public static final List<String> SORTABLE = List.of("name", "area", "year", "length", "target", "achieved");

    public ListRequest request() {
        return ListRequest.of(page, size, sort, dir, SORTABLE, false);
    }
}
