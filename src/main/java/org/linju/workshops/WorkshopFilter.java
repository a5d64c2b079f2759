package org.linju.workshops;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;

/**
 * The register's filters and page as the URL carries them ({@code /workshops?area=…&title=TITLED&…}).
 *
 * @param area a street, community or grid of the viewer's scope
 * @param title a {@link TitleState}
 * @param status a {@link WorkshopStatus}
 * @param kind a {@link WorkKind}
 */
public record WorkshopFilter(
        @Nullable String area,
        @Nullable TitleState title,
        @Nullable WorkshopStatus status,
        @Nullable WorkKind kind,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the register sorts by; the first, A to Z, is the default. */
    public static final List<String> SORTABLE = List.of("name", "grid", "workers", "started", "title");

    public static WorkshopFilter none() {
        return new WorkshopFilter(null, null, null, null, null, null, null, null);
    }

    public ListRequest request() {
        return ListRequest.of(page, size, sort, dir, SORTABLE, false);
    }
}
