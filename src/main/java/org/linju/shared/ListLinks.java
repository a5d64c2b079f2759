package org.linju.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from the list on screen to another page or order of the same list, keeping every filter in the URL. The
 * request's own query string is the state; nothing is kept in the session.
 */
public final class ListLinks {

    private final String path;
    private final @Nullable String query;

    private ListLinks(String path, @Nullable String query) {
        this.path = path;
        this.query = query;
    }

    public static ListLinks of(HttpServletRequest request) {
        return new ListLinks(request.getRequestURI(), request.getQueryString());
    }

    /** The same list, page {@code page} (zero-based). */
    public String page(int page) {
        return builder().replaceQueryParam("page", page).build().encode().toUriString();
    }

    /** The same list sorted by {@code column}: ascending, or descending when it is already sorted ascending by it. */
    public String sort(String column, ListRequest current) {
        boolean descending = column.equals(current.sort()) && !current.descending();
        return builder()
                .replaceQueryParam("sort", column)
                .replaceQueryParam("dir", descending ? "desc" : "asc")
                .replaceQueryParam("page")
                .build()
                .encode()
                .toUriString();
    }

    /** The same list with {@code name} set to {@code value} (or removed when the value is null), from page one. */
    public String with(String name, @Nullable Object value) {
        UriComponentsBuilder builder = builder().replaceQueryParam("page");
        if (value == null) {
            builder.replaceQueryParam(name);
        } else {
            builder.replaceQueryParam(name, List.of(value));
        }
        return builder.build().encode().toUriString();
    }

    /** The same list with the same filters, as an export in {@code format}, all rows, no paging. */
    public String export(String suffix) {
        return builder()
                .replacePath(path + suffix)
                .replaceQueryParam("page")
                .replaceQueryParam("size")
                .build()
                .encode()
                .toUriString();
    }

    private UriComponentsBuilder builder() {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        if (query != null) {
            UriComponentsBuilder.fromUriString("?" + query)
                    .build(true)
                    .getQueryParams()
                    .forEach((name, values) -> builder.queryParam(
                            decode(name), values.stream().map(ListLinks::decode).toArray()));
        }
        return builder;
    }

    private static String decode(@Nullable String value) {
        return value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
