package org.linju.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.NewAccount;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The funds module with its dependencies (county 511787): activation only with a target, the execution rate of a
 * hand-checked line, payments at once that never overspend, adjustments with their history, versioned documents, and
 * a street's staff seeing only the lines of their street.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class FundsModuleIT extends ModuleIntegrationTest {

    static final ModuleTestArea AREA = new ModuleTestArea("511787");
    static final String UNIT = "模块水利局";

    @Autowired
    BudgetLines lines;

    @Autowired
    PerformanceTargets targets;

    @Autowired
    LinePayments payments;

    @Autowired
    LineDocuments documents;

    @Autowired
    LineDisclosure disclosure;

    @Autowired
    Accounts accounts;

    @Autowired
    Departments departments;

    @Autowired
    JdbcClient jdbc;

    private CurrentUser admin;

    @BeforeEach
    void area() {
        if (jdbc.sql("select count(*) from region where code = ?")
                        .param(AREA.community())
                        .query(Integer.class)
                        .single()
                == 0) {
            AREA.create(jdbc);
            departments.register(List.of(new Department("M787", UNIT, "Module water bureau")));
            open("funds-admin", Role.DISTRICT_ADMIN, AREA.county());
            open("funds-street", Role.STREET_STAFF, AREA.county() + "001");
            open("funds-other", Role.STREET_STAFF, AREA.county() + "002");
        }
        admin = accounts.loadUserByUsername("funds-admin");
    }

    private void open(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(username, username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
    }

    private UUID draft(String amountYuan, String area) {
        return lines.create(
                admin,
                new NewBudgetLine(
                        2026,
                        "防洪工程 " + UUID.randomUUID(),
                        FundSource.CENTRAL,
                        "2130314",
                        UNIT,
                        "funds-admin",
                        area,
                        new BigDecimal(amountYuan)));
    }

    private UUID active(String amountYuan) {
        UUID id = draft(amountYuan, AREA.community());
        targets.add(
                admin,
                id,
                new NewTarget(TargetDimension.QUANTITY, "堤防加固长度", "公里", true, BigDecimal.ZERO, new BigDecimal("12")));
        lines.activate(admin, id);
        return id;
    }

    private NewPayment payment(String yuan, String voucher) {
        return new NewPayment(
                LocalDate.of(2026, 5, 10),
                new BigDecimal(yuan),
                NewPayment.PayeeKind.ORGANISATION,
                "宜春水利建设有限公司",
                voucher,
                null,
                null);
    }

    @Test
    void aLineIsActivatedOnlyOnceItHasAPerformanceTarget() {
        UUID id = draft("50000", AREA.community());

        assertThatThrownBy(() -> lines.activate(admin, id)).hasMessage("funds.activate.needsTarget");
        assertThat(lines.line(admin, id).status()).isEqualTo(LineStatus.DRAFT);
        assertThatThrownBy(() -> payments.pay(admin, id, payment("10", "D-1"), null))
                .hasMessage("funds.payment.notActive");

        targets.add(
                admin, id, new NewTarget(TargetDimension.SATISFACTION, "群众满意度", "%", true, null, new BigDecimal("90")));
        lines.activate(admin, id);
        assertThat(lines.line(admin, id).status()).isEqualTo(LineStatus.ACTIVE);
    }

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
    void adjustmentsKeepTheirHistoryAndNeverGoBelowWhatIsPaid() {
        UUID id = active("10000");
        payments.pay(admin, id, payment("6000", "A-1"), null);
        lines.adjust(admin, id, new BigDecimal("12000.50"), "省级追加资金");

        assertThatThrownBy(() -> lines.adjust(admin, id, new BigDecimal("5999.99"), "压减"))
                .hasMessage("funds.adjust.belowUsed");
        assertThatThrownBy(() -> lines.adjust(admin, id, new BigDecimal("9000"), " "))
                .hasMessage("funds.adjust.reason");
        lines.adjust(admin, id, new BigDecimal("6000"), "年中压减");

        assertThat(lines.adjustments(id))
                .extracting(
                        BudgetLines.Adjustment::deltaFen,
                        BudgetLines.Adjustment::amountAfterFen,
                        BudgetLines.Adjustment::reason)
                .containsExactly(tuple(200_050L, 1_200_050L, "省级追加资金"), tuple(-600_050L, 600_000L, "年中压减"));
        assertThat(lines.line(admin, id).executionPercent()).isEqualByComparingTo("100.0");
    }

    @Test
    void aDocumentUploadedAgainUnderItsTitleIsTheNextVersion() {
        UUID id = draft("3000", AREA.community());
        byte[] first = "%PDF-1.7 first".getBytes();
        byte[] second = "%PDF-1.7 second".getBytes();
        String title = "《宜春市水利建设专项资金管理办法》";

        assertThat(documents.upload(admin, id, title, new UploadedFile("rules.pdf", first)))
                .isEqualTo(1);
        assertThat(documents.upload(admin, id, title, new UploadedFile("C:\\docs\\rules-2.pdf", second)))
                .isEqualTo(2);
        assertThatThrownBy(() -> documents.upload(admin, id, title, new UploadedFile("rules.pdf", "<html>".getBytes())))
                .hasMessage("funds.file.type");

        List<LineDocuments.Document> listed = documents.of(id);
        assertThat(listed)
                .extracting(LineDocuments.Document::version, LineDocuments.Document::fileName)
                .containsExactly(tuple(2, "rules-2.pdf"), tuple(1, "rules.pdf"));
        assertThat(listed.get(0).sha256()).isNotEqualTo(listed.get(1).sha256()).hasSize(64);
        assertThat(documents.file(admin, id, listed.get(1).id()).orElseThrow().bytes())
                .isEqualTo(first);
    }

    @Test
    void staffOfAnotherStreetNeitherSeeNorDiscloseALine() {
        UUID id = draft("2000", AREA.community());
        CurrentUser street = accounts.loadUserByUsername("funds-street");
        CurrentUser other = accounts.loadUserByUsername("funds-other");

        assertThat(lines.line(street, id).id()).isEqualTo(id);
        assertThatThrownBy(() -> lines.line(other, id)).isInstanceOf(OutOfScope.class);
        assertThat(lines.inScope(other.scope(), 2026)).isEmpty();
        assertThat(lines.inScope(street.scope(), 2026))
                .extracting(BudgetLine::id)
                .contains(id);
        assertThat(disclosure.candidate(other.scope(), id)).isEmpty();
        assertThat(disclosure.candidate(street.scope(), id).orElseThrow().staffPath())
                .isEqualTo("/funds/" + id);
        assertThatThrownBy(() -> draftBy(other)).isInstanceOf(OutOfScope.class);
    }

    private UUID draftBy(CurrentUser user) {
        return lines.create(
                user,
                new NewBudgetLine(
                        2026,
                        "越权",
                        FundSource.CITY,
                        "21303",
                        UNIT,
                        user.getUsername(),
                        AREA.community(),
                        BigDecimal.TEN));
    }
}
