package org.linju.residents;

import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.privacy.DataPolicy;

/**
 * What a register list or export is narrowed to, within the viewer's scope: an area (a community or grid code), a
 * residence type and the start of a name. Exact search by ID number or phone goes through {@link Residents#search}.
 *
 * @param area a community or grid code within the viewer's scope, or null for the whole scope
 * @param type one residence type, or null for all
 * @param name the start of the name, or null
 */
public record ResidentFilter(
        @Nullable String area,
        @Nullable ResidenceType type,
        @Nullable String name) {

    /** No narrowing: the viewer's whole scope. */
    public static final ResidentFilter NONE = new ResidentFilter(null, null, null);

    public ResidentFilter {
        area = area == null || area.isBlank() ? null : area.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** The same filter without the name, for an exact search (the number searched for names the person). */
    public ResidentFilter withoutName() {
        return new ResidentFilter(area, type, null);
    }

    /**
     * The filter as {@code viewer} may apply it: the area checked against their scope (a malformed code is a bad
     * request, one outside the scope is refused, never widened), and for a role that sees names masked the surname
     * alone, since a longer prefix would spell out, one character at a time, the name the mask hides.
     */
    ResidentFilter seenBy(CurrentUser viewer) {
        String checkedArea = AreaChoices.narrowing(viewer.scope(), area);
        String visibleName = name == null || DataPolicy.seesNames(viewer.role())
                ? name
                : name.substring(0, name.offsetByCodePoints(0, 1));
        return new ResidentFilter(checkedArea, type, visibleName);
    }
}
