package org.linju.matters;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A matter for staff pages; the reporter's phone is read separately, masked and audited.
 *
 * @param districtCode the district's region code (a matter outside every grid waits in its manual-assignment queue)
 * @param departmentCode the district department a red matter was handed to
 * @param mergedInto the matter this duplicate was merged into
 */
public record MatterView(
        UUID id,
        String trackingCode,
        String districtCode,
        @Nullable String gridCode,
        String categoryCode,
        String categoryName,
        String description,
        Channel channel,
        Stage stage,
        @Nullable Colour colour,
        @Nullable Urgency urgency,
        @Nullable Difficulty difficulty,
        boolean reopened,
        int version,
        Instant reportedAt,
        @Nullable Double lat,
        @Nullable Double lng,
        @Nullable Instant acceptDue,
        @Nullable Instant resolveDue,
        @Nullable String departmentCode,
        @Nullable UUID mergedInto) {

    Matter workflow() {
        Matter.Facts facts = new Matter.Facts(id, trackingCode, categoryName, districtCode, gridCode);
        return new Matter(facts, stage, colour, reopened, departmentCode);
    }
}
