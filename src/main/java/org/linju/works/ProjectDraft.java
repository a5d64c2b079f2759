package org.linju.works;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Theme;

/**
 * What the project form sends, to create or change a project.
 *
 * @param area the area picked from the tree, or null to take the grid the drawn location lies in
 * @param geometry the location drawn on the map as GeoJSON geometry, or null for none yet
 * @param ownerUnit a department code picked from the list
 */
public record ProjectDraft(
        String name,
        @Nullable String area,
        int year,
        ProjectStatus status,
        String scopeText,
        String ownerUnit,
        String contractor,
        @Nullable String geometry,
        @Nullable Integer promiseYear,
        @Nullable String promiseText,
        List<Theme> themes) {

    public ProjectDraft {
        themes = List.copyOf(themes);
    }
}
