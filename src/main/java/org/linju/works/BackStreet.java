package org.linju.works;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A back street (背街小巷) of the register.
 *
 * @param achievedGrade the grade its inspection found, or null before acceptance
 * @param demolitionHeld held up by demolition (拆迁滞留区): Beijing counts such streets under 达标
 * @param location its line on the map, or null
 */
public record BackStreet(
        UUID id,
        String name,
        String areaCode,
        int year,
        BigDecimal lengthMetres,
        StreetGrade targetGrade,
        @Nullable StreetGrade achievedGrade,
        boolean demolitionHeld,
        @Nullable WorkGeometry location) {

    public boolean meetsTarget() {
        return achievedGrade != null && achievedGrade.meets(targetGrade);
    }
}
