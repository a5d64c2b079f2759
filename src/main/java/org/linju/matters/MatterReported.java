package org.linju.matters;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A matter came in ({@code district}: the district's region code); with a grid null it waits in the district's
 * manual-assignment queue.
 */
@NamedInterface("events")
public record MatterReported(
        UUID matterId,
        String trackingCode,
        String categoryCode,
        String categoryName,
        String district,
        @Nullable String gridCode) {}
