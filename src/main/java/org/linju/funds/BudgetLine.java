package org.linju.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ExecutionRate;

/**
 * A budget line as it stands (one row of {@code budget_line}); money in fen. Shared with the monitoring of the same
 * module, which reads the same table.
 *
 * @param standard {@code GRID_PARTY_BUILDING} or {@code GRID_WORKER_PAY} for the lines generated per grid, else null
 */
public record BudgetLine(
        UUID id,
        int fiscalYear,
        String name,
        FundSource source,
        String classification,
        String ownerUnit,
        String ownerAccount,
        String areaCode,
        @Nullable String standard,
        long amountFen,
        long allocatedFen,
        long spentFen,
        LineStatus status,
        Instant createdAt,
        @Nullable Instant activatedAt) {

    /** Spent ÷ amount in percent (one decimal), or null for a line of no money. */
    public @Nullable BigDecimal executionPercent() {
        return ExecutionRate.percent(spentFen, amountFen);
    }

    public long unallocatedFen() {
        return amountFen - allocatedFen;
    }

    public long remainingFen() {
        return amountFen - spentFen;
    }

    public String classificationLabel() {
        return Classifications.find(classification).map(Classification::label).orElse(classification);
    }
}
