package org.linju.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The "issue a notice" form as posted; the grid is picked from the area tree, the person from the grid's staff. */
record NoticeForm(
        @Nullable SupervisionOffice office,
        @Nullable String area,
        @Nullable UUID person,
        @Nullable String finding,
        @Nullable String requiredFix,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate deadline,

        @Nullable BigDecimal points) {

    NewNotice toCommand() {
        if (area == null || area.isBlank()) {
            throw new SupervisionRefused("supervision.refused.grid");
        }
        if (deadline == null) {
            throw new SupervisionRefused("supervision.refused.deadline");
        }
        if (points == null) {
            throw new SupervisionRefused("supervision.refused.points");
        }
        return new NewNotice(
                office,
                area,
                person,
                finding == null ? "" : finding,
                requiredFix == null ? "" : requiredFix,
                deadline,
                points);
    }
}
