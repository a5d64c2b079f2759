package org.linju.emergency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;

/**
 * Matters reported in an emergency's area since it was declared, for the command board. Implemented by the matters
 * module (which also gives those matters emergency time limits); the board shows none when it is absent.
 */
public interface AreaMatters {

    /** A matter on the board. */
    record Line(
            UUID id,
            String trackingCode,
            String categoryName,
            String gridCode,
            String stage,
            @Nullable String colour,
            Instant reportedAt,
            @Nullable Instant resolveDue) {}

    List<Line> reportedIn(List<String> areaCodes, Instant since, GridScope scope);
}
