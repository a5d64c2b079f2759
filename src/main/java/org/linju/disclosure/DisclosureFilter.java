package org.linju.disclosure;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;

/**
 * The workflow list's filters and page as the URL carries them ({@code /disclosure?state=REVIEWED&kind=line&…}).
 *
 * @param area a street, community or grid: items whose area lies in it, within the caller's scope
 */
record DisclosureFilter(
        @Nullable DisclosureState state,
        @Nullable String kind,
        @Nullable String area,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the list sorts by; the first, newest first, is the default. */
    static final List<String> SORTABLE = List.of("drafted", "title", "kind", "state", "area");

    ListRequest request() {
        boolean newestFirst = sort == null || !SORTABLE.contains(sort) || sort.equals("drafted");
        return ListRequest.of(page, size, sort, dir, SORTABLE, newestFirst);
    }
}
