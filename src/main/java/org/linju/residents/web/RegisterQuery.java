package org.linju.residents.web;

import org.jspecify.annotations.Nullable;
import org.linju.residents.ResidenceType;
import org.linju.residents.ResidentFilter;
import org.linju.residents.Residents;
import org.linju.shared.ListRequest;

/**
 * The register's list as the URL asks for it: a text ({@code q}: an ID number or phone for an exact search, else the
 * start of a name), an area, a residence type, and the page and order.
 */
record RegisterQuery(
        @Nullable String q,
        @Nullable String area,
        @Nullable ResidenceType type,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** Whether the text is a number: searched exactly through the blind indexes, never by prefix. */
    boolean exact() {
        return q != null && q.replaceAll("[\\s+-]", "").matches("[0-9Xx]{7,}");
    }

    ResidentFilter filter() {
        return new ResidentFilter(area, type, exact() ? null : q);
    }

    ListRequest request() {
        return ListRequest.of(page, size, sort, dir, Residents.SORTABLE, false);
    }

    /** The text as typed, for the search box. */
    String text() {
        return q == null ? "" : q;
    }
}
