package org.linju.registry;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One department's month in the burden report (减负): tasks pushed to grids, one per grid, by what became of them.
 *
 * @param admitted items of the list that went through
 * @param refused banned or retired items that were refused
 * @param funded tasks outside the list that went through with a purchase of services
 * @param fundedFen what those purchases amount to, in fen
 */
public record BurdenRow(
        String departmentCode,
        String departmentName,
        YearMonth month,
        long admitted,
        long refused,
        long funded,
        long fundedFen) {

    /** The purchases in yuan, exact to the fen. */
    public BigDecimal fundedYuan() {
        return BigDecimal.valueOf(fundedFen, 2);
    }

    public long pushed() {
        return admitted + refused + funded;
    }
}
