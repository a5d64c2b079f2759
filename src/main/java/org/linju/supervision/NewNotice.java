package org.linju.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notice to issue.
 *
 * @param office the issuing office (district administrators choose; office staff issue in their own office's name)
 * @param personId one of the grid's staff, or none for the grid as a whole
 */
public record NewNotice(
        @Nullable SupervisionOffice office,
        String gridCode,
        @Nullable UUID personId,
        String finding,
        String requiredFix,
        LocalDate deadline,
        BigDecimal points) {}
