package org.linju.supervision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A supervision notice as the register shows it.
 *
 * @param gridCode the grid concerned, also when the notice names one of its people
 * @param personId the person concerned, or none when the notice is about the grid as a whole
 * @param points the deduction it brings to the grid's (and the person's) evaluation in the period it was issued in
 * @param issuedOn the China date of issue
 */
public record Notice(
        UUID id,
        SupervisionOffice office,
        String gridCode,
        @Nullable UUID personId,
        @Nullable String personName,
        String finding,
        String requiredFix,
        LocalDate deadline,
        BigDecimal points,
        String issuedByName,
        Instant issuedAt,
        LocalDate issuedOn,
        NoticeState state,
        @Nullable LocalDate closedOn) {

    /** Not accepted by the deadline: still open past it, or accepted only after it. */
    public boolean overdue(LocalDate today) {
        LocalDate settled = closedOn == null ? today : closedOn;
        return settled.isAfter(deadline);
    }

    public boolean open() {
        return state != NoticeState.ACCEPTED;
    }
}
