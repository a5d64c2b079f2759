package org.linju.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The checklist as the form posts it, and when a rectification counts as overdue. */
class ChecklistAndDeadlineTest {

    @Test
    void theFormsChecklistKeepsTheStandingItemsAndOnlyTheNamedFreeOnes() {
        var checks = WorkshopForms.checks(Map.of(
                "DAILY_OPERATION", "PASS",
                "MONEY_FLOWS", "FAIL",
                "MONEY_FLOWS.note", "两笔货款未入账",
                "WAGES", "PASS",
                "FREE1.label", "安全生产",
                "FREE1", "FAIL",
                "FREE2", "PASS"));

        assertThat(checks)
                .containsExactly(
                        new Check(CheckItem.DAILY_OPERATION, null, true, ""),
                        new Check(CheckItem.MONEY_FLOWS, null, false, "两笔货款未入账"),
                        new Check(CheckItem.WAGES, null, true, ""),
                        new Check(CheckItem.FREE, "安全生产", false, ""));
    }

    @Test
    void aRectificationIsOverdueAfterItsDeadlineUntilDoneAndStaysSoWhenDoneLate() {
        LocalDate deadline = LocalDate.of(2026, 5, 10);
        Rectification open = rectification(deadline, null);
        assertThat(open.overdue(deadline)).isFalse();
        assertThat(open.overdue(deadline.plusDays(1))).isTrue();
        assertThat(rectification(deadline, deadline).overdue(deadline.plusDays(30)))
                .isFalse();
        assertThat(rectification(deadline, deadline.plusDays(2)).overdue(deadline.plusDays(30)))
                .isTrue();
    }

    private static Rectification rectification(LocalDate deadline, LocalDate doneOn) {
        return new Rectification(
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "补齐台账", "工坊运营单位", deadline, doneOn, null);
    }
}
