package org.linju.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An alert of the dual monitoring with the owner's explanation and when it was cleared. */
public record AlertView(
        UUID id,
        UUID lineId,
        String lineName,
        String areaCode,
        String checkType,
        @Nullable String targetName,
        String raisedPeriod,
        BigDecimal deviation,
        String ownerAccount,
        Instant raisedAt,
        @Nullable String cause,
        @Nullable String correction,
        @Nullable String explainedBy,
        @Nullable Instant explainedAt,
        @Nullable String clearedPeriod,
        @Nullable Instant clearedAt) {

    /** {@code CLEARED} once a later check was back within tolerance, else {@code EXPLAINED} or {@code OPEN}. */
    public String state() {
        if (clearedPeriod != null) {
            return "CLEARED";
        }
        return cause != null ? "EXPLAINED" : "OPEN";
    }
}
