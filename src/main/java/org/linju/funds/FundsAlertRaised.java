package org.linju.funds;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The monthly dual monitoring found a line behind by more than the tolerance: notify puts it in the owner's inbox,
 * who must explain the cause and what will be corrected.
 *
 * @param checkType {@code EXECUTION} or {@code TARGET}
 * @param targetName the target behind, for a {@code TARGET} check
 * @param deviation percentage points behind (negative)
 */
@NamedInterface("events")
public record FundsAlertRaised(
        UUID alertId,
        UUID lineId,
        String lineName,
        String period,
        String checkType,
        @Nullable String targetName,
        BigDecimal deviation,
        String ownerAccount) {}
