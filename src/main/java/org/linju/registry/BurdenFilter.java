package org.linju.registry;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The burden report's filters as the URL carries them.
 *
 * @param area a street, community or grid within the caller's scope
 * @param from the first month ({@code 2026-09})
 * @param to the last month
 */
public record BurdenFilter(
        @Nullable String area,
        @Nullable String department,

        @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth from,

        @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth to) {}
