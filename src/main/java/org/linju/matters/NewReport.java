package org.linju.matters;

import org.jspecify.annotations.Nullable;

/** A report as it arrives from a resident, a patrol, the hotline or the API. */
public record NewReport(
        String description,
        String categoryCode,
        @Nullable Double lat,
        @Nullable Double lng,
        @Nullable String phone,
        Channel channel) {}
