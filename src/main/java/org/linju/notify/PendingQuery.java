package org.linju.notify;

import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;

/**
 * The pending-deliveries page's filters and page as the URL carries them ({@code /admin/notifications?kind=…&via=…}).
 *
 * @param kind an event's short class name ({@code MatterDispatched})
 * @param age only deliveries waiting longer than this
 */
record PendingQuery(
        @Nullable String kind,
        PendingDeliveries.@Nullable Via via,
        PendingDeliveries.@Nullable Age age,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    static PendingQuery firstPage() {
        return new PendingQuery(null, null, null, null, null, null, null);
    }

    /** Newest first by default: what failed just now; the age filter finds what is stuck. */
    ListRequest request() {
        boolean byTime = sort == null || !PendingDeliveries.SORTABLE.contains(sort) || sort.equals("published");
        return ListRequest.of(page, size, sort, dir, PendingDeliveries.SORTABLE, byTime);
    }
}
