package org.linju.works;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What the back-street form sends; the area is picked from the tree, the line drawn on the map (optional). */
public record StreetDraft(
        String name,
        String area,
        int year,
        @Nullable BigDecimal lengthMetres,
        StreetGrade targetGrade,
        @Nullable StreetGrade achievedGrade,
        boolean demolitionHeld,
        @Nullable String geometry) {}
