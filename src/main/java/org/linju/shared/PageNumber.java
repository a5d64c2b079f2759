package org.linju.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Where a page of a long list starts. Page numbers far past any real list (a typed-in 2147483647) would overflow the
 * offset and reach the database as a negative number; they are refused as a bad request instead.
 */
public final class PageNumber {

    /** The last page anyone may ask for: 100,000 pages of any list are more than a district holds. */
    public static final int LAST = 100_000;

    private PageNumber() {}

    /** The offset of page {@code page} (negative counts as the first) of pages of {@code size} rows. */
    public static int offset(int page, int size) {
        if (page > LAST) {
            throw new NoSuchPage();
        }
        return Math.max(page, 0) * size;
    }

    /** A page number past {@link #LAST}. */
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public static class NoSuchPage extends RuntimeException {

        NoSuchPage() {
            super("error.noSuchPage");
        }
    }
}
