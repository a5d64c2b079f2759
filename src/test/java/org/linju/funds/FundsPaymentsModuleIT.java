package org.linju.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The funds module's money leaving a line (county 511787): the execution rate of a hand-checked line, payments at once
 * that never overspend, one payment per idempotency key with a person's name encrypted, and a project funded only from
 * a line of its year whose area includes it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class FundsPaymentsModuleIT extends FundsLineFixture {

    @Autowired
    ProjectFunding projectFunding;

    @Test
    void theExecutionRateIsPaidOverAmountOnAHandCheckedLine() {
        UUID id = active("80000");
        payments.pay(admin, id, payment("12345.67", "E-1"), null);
        payments.pay(admin, id, payment("20000.05", "E-2"), null);

        BudgetLine line = lines.line(admin, id);
        // 12,345.67 + 20,000.05 = 32,345.72 yuan of 80,000.00: 40.43215 %, shown 40.4 %.
        assertThat(line.spentFen()).isEqualTo(3_234_572L);
        assertThat(line.executionPercent()).isEqualByComparingTo("40.4");
        assertThat(line.remainingFen()).isEqualTo(8_000_000L - 3_234_572L);
        assertThatThrownBy(() -> payments.pay(admin, id, payment("1.005", "E-3"), null))
                .hasMessage("funds.amount.twoDecimals");
        assertThatThrownBy(() -> payments.pay(admin, id, payment("5", "E-1"), null))
                .hasMessage("funds.payment.voucherTaken");
    }

    @Test
    void paymentsAtOnceNeverTakeALineBeyondItsAmount() throws Exception {
        UUID id = active("1000");
        int threads = 24;
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String voucher = "C-" + i;
            tasks.add(() -> {
                try {
                    payments.pay(admin, id, payment("100", voucher), null);
                    return "paid";
                } catch (FundsRefused refused) {
                    return refused.getMessage();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> outcome : pool.invokeAll(tasks)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }

        // Ten payments of 100 yuan fill 1,000 yuan; every other one is refused in words, none fails otherwise.
        assertThat(outcomes).filteredOn("paid"::equals).hasSize(10);
        assertThat(outcomes).filteredOn("funds.payment.overspend"::equals).hasSize(threads - 10);
        assertThat(lines.line(admin, id).spentFen()).isEqualTo(100_000L);
        assertThat(jdbc.sql("select sum(amount_fen) from budget_payment where line_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(100_000L);
    }

    @Test
    void theSameIdempotencyKeyIsOnePaymentAndAPersonsNameIsStoredEncrypted() {
        UUID id = active("5000");
        NewPayment toPerson = new NewPayment(
                LocalDate.of(2026, 6, 1),
                new BigDecimal("800"),
                NewPayment.PayeeKind.PERSON,
                "欧阳明华",
                "P-1",
                null,
                null);
        UUID first = payments.pay(admin, id, toPerson, "key-1");
        UUID again = payments.pay(admin, id, toPerson, "key-1");

        assertThat(again).isEqualTo(first);
        assertThat(lines.line(admin, id).spentFen()).isEqualTo(80_000L);
        String stored = jdbc.sql("select payee from budget_payment where id = ?")
                .param(first)
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("欧阳").startsWith("v1:");
        assertThat(payments.of(admin, id))
                .extracting(LinePayments.Payment::payee)
                .containsExactly("欧阳明华");
        CurrentUser street = accounts.loadUserByUsername("funds-street");
        assertThat(payments.of(street, id))
                .extracting(LinePayments.Payment::payee)
                .containsExactly("欧阳**");
    }

    @Test
    void aProjectIsFundedOnlyFromALineOfItsYearWhoseAreaIncludesIt() {
        UUID id = active("10000");
        UUID project = UUID.randomUUID();
        String otherStreet = AREA.county() + "002001";

        assertThatThrownBy(() -> projectFunding.allocate(admin, id, project, AREA.grid(), 2027, 100_000L))
                .hasMessage("funds.allocation.projectYear");
        assertThatThrownBy(() -> projectFunding.allocate(admin, id, project, otherStreet, 2026, 100_000L))
                .hasMessage("funds.allocation.projectOutside");
        assertThatThrownBy(() -> projectFunding.allocate(admin, id, project, AREA.grid(), 2026, 10_000_000_000_001L))
                .hasMessage("funds.amount.tooLarge");
        assertThat(projectFunding.choices(admin, otherStreet, 2026))
                .extracting(ProjectFunding.LineChoice::id)
                .doesNotContain(id);
        assertThat(projectFunding.choices(admin, AREA.grid(), 2027))
                .extracting(ProjectFunding.LineChoice::id)
                .doesNotContain(id);
        assertThat(projectFunding.choices(admin, AREA.grid(), 2026))
                .extracting(ProjectFunding.LineChoice::id)
                .contains(id);

        projectFunding.allocate(admin, id, project, AREA.grid(), 2026, 100_000L);
        assertThat(projectFunding.forProject(project))
                .extracting(ProjectFunding.Funding::lineId, ProjectFunding.Funding::allocatedFen)
                .containsExactly(tuple(id, 100_000L));
        assertThat(lines.line(admin, id).allocatedFen()).isEqualTo(100_000L);
    }
}
