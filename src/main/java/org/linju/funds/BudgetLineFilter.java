package org.linju.funds;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;

/**
 * The budget-line list's filters and page as the URL carries them ({@code /funds?year=2026&source=CENTRAL&…}).
 *
 * @param area a street, community or grid: lines of that area and below, within the caller's scope
 */
public record BudgetLineFilter(
        @Nullable Integer year,
        @Nullable FundSource source,
        @Nullable LineStatus status,
        @Nullable String area,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the list sorts by; the first (fiscal year, newest first) is the default. */
    public static final List<String> SORTABLE = List.of("year", "name", "amount", "spent", "execution", "status");

    public ListRequest request() {
        boolean descending = sort == null || !SORTABLE.contains(sort) || sort.equals("year");
        return ListRequest.of(page, size, sort, dir, SORTABLE, descending);
    }
}
