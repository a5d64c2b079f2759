package org.linju.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Points a supervisor added to (or took from) a measured score, with the written reason; or an upheld appeal's. */
public record Adjustment(
        UUID id,
        BigDecimal points,
        String reason,
        String madeBy,
        Instant madeAt,
        @Nullable UUID appealId) {}
