package org.linju.funds;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 无效必问责: who is held accountable for a line closed with targets missed (an account picked from the list), the
 * measure and its text, and who decided it when.
 */
public record AccountabilityDraft(
        @Nullable String accountable,
        @Nullable String measure,
        @Nullable String measureText,
        @Nullable String decidedBy,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate decidedOn) {

    /** 约谈 / 通报批评 / 调减预算 / 其他. */
    public static final List<String> MEASURES = List.of("INTERVIEW", "CRITICISM", "BUDGET_CUT", "OTHER");

    public static AccountabilityDraft none() {
        return new AccountabilityDraft(null, null, null, null, null);
    }
}
