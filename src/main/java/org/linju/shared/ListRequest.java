package org.linju.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a list someone asked for and how it is sorted, read from the URL ({@code page}, {@code size},
 * {@code sort}, {@code dir}) so that a filtered view can be bookmarked and shared. Only the columns a list names as
 * sortable are accepted; anything else falls back to the list's default order, never into SQL.
 *
 * @param page the zero-based page
 * @param size rows per page (50 unless asked otherwise, at most 200)
 * @param sort one of the list's sortable columns
 * @param descending whether the sort runs from the largest value down
 */
public record ListRequest(int page, int size, String sort, boolean descending) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public ListRequest {
        if (page > PageNumber.LAST) {
            throw new PageNumber.NoSuchPage();
        }
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    /**
     * Reads the request parameters of a list whose sortable columns are {@code sortable}; the first one, in
     * {@code defaultDescending} order, is the default.
     */
    public static ListRequest of(
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort,
            @Nullable String dir,
            List<String> sortable,
            boolean defaultDescending) {
        boolean known = sort != null && sortable.contains(sort);
        String column = known ? sort : sortable.get(0);
        boolean descending = dir == null || !known ? defaultDescending : "desc".equalsIgnoreCase(dir);
        return new ListRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, column, descending);
    }

    /** The first row's offset, for SQL {@code offset}. */
    public int offset() {
        return PageNumber.offset(page, size);
    }

    /** {@code asc} or {@code desc}, for SQL after a column chosen from a fixed list. */
    public String direction() {
        return descending ? "desc" : "asc";
    }
}
