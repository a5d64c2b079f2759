package org.linju.funds;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A performance target as its form takes it. */
public record NewTarget(
        TargetDimension dimension,
        String name,
        String unit,
        boolean higherIsBetter,
        @Nullable BigDecimal baseline,
        @Nullable BigDecimal target) {}
