package org.linju.works;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Theme;

/**
 * A livelihood project as its pages show it (without sub-works, milestones and photos, read separately).
 *
 * @param areaCode the street, community or grid it belongs to
 * @param ownerUnit the code of the department that owns it
 * @param location where it lies, or null when not yet drawn
 * @param promiseYear the year of the government work report that promised it, or null
 */
public record LivelihoodProject(
        UUID id,
        String name,
        String areaCode,
        int year,
        ProjectStatus status,
        String scopeText,
        String ownerUnit,
        String contractor,
        @Nullable WorkGeometry location,
        @Nullable Integer promiseYear,
        @Nullable String promiseText,
        List<Theme> themes,
        int progress,
        Instant updatedAt) {

    public boolean hasPromise() {
        return promiseYear != null && promiseText != null && !promiseText.isBlank();
    }
}
