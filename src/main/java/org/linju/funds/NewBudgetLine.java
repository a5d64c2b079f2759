package org.linju.funds;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A budget line as its form takes it: the amount in yuan as typed (at most two decimals), the classification, owner
 * unit, owner account and area as picked.
 */
public record NewBudgetLine(
        int fiscalYear,
        String name,
        FundSource source,
        String classification,
        String ownerUnit,
        String ownerAccount,
        String areaCode,
        @Nullable BigDecimal amountYuan) {}
