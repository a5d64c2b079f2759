package org.linju.matters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One immutable row of a matter's timeline.
 *
 * @param photos the photos taken at this step (before or after handling); staff pages only, never the public tracking
 *     page
 */
record TimelineEntry(
        Instant at,
        String actor,
        String action,
        @Nullable Stage from,
        Stage to,
        @Nullable String note,
        boolean isPublic,
        List<UUID> photos) {}
