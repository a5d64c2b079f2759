package org.linju.patrols;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A visit as the phone sends it.
 *
 * @param patrolKey the key of the patrol it belongs to, if one was running
 * @param residentId the resident picked from the register, if any
 * @param household the address (from the register, or typed while offline)
 * @param matterCategory a category to report the finding as a matter in the same step, or null
 * @param photos photos of the finding, sent with the matter
 */
public record NewVisit(
        @Nullable String patrolKey,
        @Nullable UUID residentId,
        String household,
        String finding,
        Instant at,
        @Nullable Double lat,
        @Nullable Double lng,
        @Nullable String matterCategory,
        List<byte[]> photos) {

    static final int MAX_TEXT = 2000;

    public NewVisit {
        household = household == null ? "" : household.strip();
        finding = finding == null ? "" : finding.strip();
        matterCategory = matterCategory == null || matterCategory.isBlank() ? null : matterCategory.strip();
        if (household.isEmpty() || household.length() > 300) {
            throw new PatrolRefused("patrols.householdRequired");
        }
        if (finding.isEmpty() || finding.length() > MAX_TEXT) {
            throw new PatrolRefused("patrols.findingRequired");
        }
        if ((lat == null) != (lng == null)) {
            throw new PatrolRefused("patrols.badPosition");
        }
        photos = List.copyOf(photos);
    }
}
