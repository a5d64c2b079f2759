package org.linju.registry.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.linju.registry.FilingKind;
import org.linju.registry.FilingRefused;
import org.linju.registry.FilingRequest;
import org.springframework.format.annotation.DateTimeFormat;

/** The filing form on an item's page. */
public record FilingForm(
        @Nullable FilingKind kind,
        @Nullable String department,
        @Nullable String basis,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate filedOn,

        @Nullable String approver,
        @Nullable String reason,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate exitsOn) {

    FilingRequest toCommand(String itemCode) {
        if (kind == null || department == null || filedOn == null) {
            throw new FilingRefused("registry.refused.incomplete");
        }
        return new FilingRequest(
                itemCode,
                kind,
                department,
                basis == null ? "" : basis,
                filedOn,
                approver == null ? "" : approver,
                reason,
                exitsOn);
    }
}
