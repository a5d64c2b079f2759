package org.linju.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;

/**
 * The grid tasks list's filters and page as the URL carries them.
 *
 * @param area a street, community or grid within the caller's scope
 * @param outcome admitted (an item of the list) or funded (outside it)
 */
public record TaskFilter(
        @Nullable String area,
        @Nullable String department,
        @Nullable TaskOutcome outcome,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the list sorts by; the first, newest first, is the default. */
    public static final List<String> SORTABLE = List.of("assigned", "deadline", "title", "grid");

    public ListRequest request() {
        boolean newestFirst = sort == null || !SORTABLE.contains(sort) || sort.equals("assigned");
        return ListRequest.of(page, size, sort, dir, SORTABLE, newestFirst);
    }
}
