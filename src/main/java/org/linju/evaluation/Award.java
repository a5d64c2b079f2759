package org.linju.evaluation;

import java.time.Instant;
import java.util.UUID;
import org.linju.shared.Bimonth;

/** A commendation or promotion, linked to the locked cycle's result it rests on. */
public record Award(
        UUID id,
        UUID cycleId,
        Bimonth cycle,
        UUID accountId,
        String username,
        String displayName,
        Grade grade,
        int rank,
        Kind kind,
        String title,
        String registeredBy,
        Instant registeredAt) {

    public enum Kind {
        COMMENDATION,
        PROMOTION
    }
}
