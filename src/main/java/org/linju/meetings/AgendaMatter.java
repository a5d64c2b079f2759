package org.linju.meetings;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An open red or yellow matter of the meeting's area on its agenda. */
public record AgendaMatter(
        UUID matterId,
        String trackingCode,
        String colour,
        String categoryName,
        @Nullable String gridCode) {}
