package org.linju.patrols;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A door-to-door visit: the household (its address as the register showed it, and the resident named, if one was
 * picked), what was found, and the matter the finding became.
 */
public record Visit(
        UUID id,
        String key,
        @Nullable UUID patrolId,
        UUID workerId,
        String workerName,
        String gridCode,
        Instant visitedAt,
        @Nullable UUID residentId,
        String household,
        String finding,
        @Nullable Double lat,
        @Nullable Double lng,
        @Nullable String matterId,
        @Nullable String matterCode) {}
