package org.linju.workshops;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An unannounced inspection of a workshop on a drawn day, with its team; {@code result} is null until it is recorded.
 */
public record Inspection(
        UUID id,
        UUID workshopId,
        String workshopName,
        String gridCode,
        LocalDate day,
        @Nullable InspectionResult result,
        @Nullable String summary,
        List<String> team) {

    public enum InspectionResult {
        PASSED,
        FAILED;

        public String messageKey() {
            return "workshops.result." + name();
        }
    }

    public boolean conducted() {
        return result != null;
    }
}
