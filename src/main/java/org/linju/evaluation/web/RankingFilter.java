package org.linju.evaluation.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.evaluation.Grade;
import org.linju.shared.ListRequest;

/**
 * A cycle's ranking filters and page as the URL carries them ({@code /evaluation/{id}?area=…&grade=GOOD}).
 *
 * @param area a street, community or grid of the viewer's area: the grid leaders serving there
 */
public record RankingFilter(
        @Nullable String area,
        @Nullable Grade grade,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the ranking sorts by; the first, best first, is the default. */
    public static final List<String> SORTABLE = List.of("rank", "name", "measured", "adjusted");

    public ListRequest request() {
        boolean descending = sort != null && SORTABLE.contains(sort) && !sort.equals("rank") && !sort.equals("name");
        return ListRequest.of(page, size, sort, dir, SORTABLE, descending);
    }
}
