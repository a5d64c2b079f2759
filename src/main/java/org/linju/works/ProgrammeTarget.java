package org.linju.works;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A back-street programme's target: how many streets of each grade it sets out to renovate over some years.
 *
 * @param areaCode the area it is set for, or null for a level above the district tree (a city-wide programme, such as
 *     Beijing's 426 / 3,687 / 1,280 out of 5,393 for 2023–2025)
 */
public record ProgrammeTarget(
        UUID id,
        String label,
        @Nullable String areaCode,
        int yearFrom,
        int yearTo,
        int boutique,
        int fine,
        int standard,
        int total) {}
