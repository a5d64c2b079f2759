package org.linju.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A rated person's appeal against their result, and how someone else decided it. */
public record Appeal(
        UUID id,
        UUID cycleId,
        UUID accountId,
        String username,
        String displayName,
        String reason,
        Instant filedAt,
        State state,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decision,
        @Nullable BigDecimal points) {

    public enum State {
        OPEN,
        UPHELD,
        REJECTED
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
