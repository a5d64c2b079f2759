package org.linju.patrols;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A patrol as stored: who walked it in which grid, when, and the key the phone gave it.
 *
 * @param points how many track points are kept (fewer once the track has been thinned)
 * @param visits how many visits were recorded on it
 */
public record Patrol(
        UUID id,
        String key,
        UUID workerId,
        String workerName,
        String gridCode,
        Instant startedAt,
        @Nullable Instant endedAt,
        boolean thinned,
        int points,
        int visits) {

    public boolean running() {
        return endedAt == null;
    }

    /** How long it lasted (or has lasted until {@code now}), in whole minutes. */
    public long minutes(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt).toMinutes();
    }
}
