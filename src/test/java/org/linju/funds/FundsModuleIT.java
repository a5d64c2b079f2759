package org.linju.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The funds module with its dependencies (county 511787): activation only with a target, adjustments with their
 * history, amounts beyond any budget refused in words, versioned documents, and a street's staff seeing only the lines
 * of their street. Payments and allocations: {@link FundsPaymentsModuleIT}.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class FundsModuleIT extends FundsLineFixture {

    @Autowired
    LineDocuments documents;

    @Autowired
    LineDisclosure disclosure;

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
    void anAmountBeyondAHundredBillionYuanIsRefusedInWords() {
        UUID id = active("10000");

        assertThatThrownBy(() -> lines.create(admin, newLine("92233720368547758.07", AREA.community())))
                .hasMessage("funds.amount.tooLarge");
        assertThatThrownBy(() -> lines.adjust(admin, id, new BigDecimal("100000000000.01"), "追加"))
                .hasMessage("funds.amount.tooLarge");
        assertThatThrownBy(() -> payments.pay(admin, id, payment("90000000000000000", "H-1"), null))
                .hasMessage("funds.amount.tooLarge");
        lines.adjust(admin, id, new BigDecimal("100000000000"), "上限之内");
        assertThat(lines.line(admin, id).amountFen()).isEqualTo(10_000_000_000_000L);
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
