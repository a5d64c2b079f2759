package org.linju.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list with the total the filters match, so that a page can say which rows of how many it shows (51–100 of 1042).
 *
 * @param rows the rows of this page
 * @param total how many rows all pages hold together
 * @param request the page and order asked for
 */
public record ListPage<T>(List<T> rows, long total, ListRequest request) {

    public ListPage {
        rows = List.copyOf(rows);
    }

    /** How many pages the list has (at least one, also when it is empty). */
    public int pages() {
        return (int) Math.max(1, (total + request.size() - 1) / request.size());
    }

    public int page() {
        return request.page();
    }

    public boolean hasPrevious() {
        return request.page() > 0;
    }

    public boolean hasNext() {
        return request.page() + 1 < pages();
    }

    /** The one-based number of this page's first row, 0 when the page is empty. */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) request.offset() + 1;
    }

    /** The one-based number of this page's last row. */
    public long lastRow() {
        return rows.isEmpty() ? 0 : (long) request.offset() + rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The same page with every row turned into what the screen shows. */
    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(rows.stream().map(mapper).toList(), total, request);
    }
}
