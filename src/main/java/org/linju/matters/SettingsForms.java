package org.linju.matters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the settings page, each turned into the setting it stands for. A missing or unreadable field is a
 * bad request; a field out of range is answered on the page with the message key its constraint names.
 */
final class SettingsForms {

    private SettingsForms() {}

    /** A time-limit row; no category (or the "any" option) means the colour's {@code *} row. */
    record LimitForm(
            @NotNull Colour colour,
            @Nullable String categoryCode,

            @NotNull
            @Min(value = 1, message = TimeLimits.BAD_HOURS)
            @Max(value = TimeLimits.MAX_ACCEPT_HOURS, message = TimeLimits.BAD_HOURS)
            Integer acceptHours,

            @NotNull
            @Min(value = 1, message = TimeLimits.BAD_HOURS)
            @Max(value = TimeLimits.MAX_RESOLVE_HOURS, message = TimeLimits.BAD_HOURS)
            Integer resolveHours) {

        TimeLimits.Row toRow() {
            String code = categoryCode == null || categoryCode.isBlank() ? TimeLimits.ANY : categoryCode.strip();
            return new TimeLimits.Row(colour, code, acceptHours, resolveHours);
        }
    }

    /** Removing a category's time-limit row. */
    record LimitRemoval(@NotNull Colour colour, @NotNull String categoryCode) {}

    /** An urgency's resolution cap; no hours means no cap. */
    record CapForm(
            @NotNull Urgency urgency,

            @Nullable
            @Min(value = 1, message = TimeLimits.BAD_HOURS)
            @Max(value = TimeLimits.MAX_RESOLVE_HOURS, message = TimeLimits.BAD_HOURS)
            Integer hours) {}

    /**
     * A catalogue entry, new or edited. The code and the names are checked together by the catalogue, the code
     * first, once the code is in its canonical form.
     */
    record CategoryForm(
            @NotNull String code,
            @NotNull String name,
            @NotNull String nameEn,
            @Nullable String parent,
            @Nullable Integer sortOrder,
            @Nullable Boolean active) {

        MatterSettings.CategoryChange toChange() {
            return new MatterSettings.CategoryChange(
                    code, name, nameEn, parent, sortOrder == null ? 0 : sortOrder, Boolean.TRUE.equals(active));
        }
    }
}
