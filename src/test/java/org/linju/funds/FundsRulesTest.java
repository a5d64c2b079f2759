package org.linju.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.linju.shared.ExecutionRate;

/** The pure rules of the funds module: the execution rate, yuan as typed, files by their bytes, the catalogue. */
class FundsRulesTest {

    @Test
    void theExecutionRateIsSpentOverAmountRoundedHalfUpToOneDecimal() {
        assertThat(ExecutionRate.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(ExecutionRate.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(ExecutionRate.percent(3_234_572, 8_000_000)).isEqualByComparingTo("40.4");
        assertThat(ExecutionRate.percent(5, 0)).isNull();
        assertThat(ExecutionRate.barWidth(999, 1000)).isEqualTo(99);
        assertThat(ExecutionRate.barWidth(0, 0)).isZero();
    }

    @Test
    void yuanAreTakenWithAtMostTwoDecimals() {
        assertThat(Yuan.fen(new BigDecimal("12500.50"))).isEqualTo(1_250_050L);
        assertThat(Yuan.fen(new BigDecimal("7.000"))).isEqualTo(700L);
        assertThatThrownBy(() -> Yuan.fen(new BigDecimal("1.005"))).hasMessage("funds.amount.twoDecimals");
        assertThatThrownBy(() -> Yuan.fen(new BigDecimal("-1"))).hasMessage("funds.amount.invalid");
        assertThatThrownBy(() -> Yuan.positiveFen(BigDecimal.ZERO)).hasMessage("funds.amount.positive");
    }

    @Test
    void aFilesTypeIsTakenFromItsBytesNotItsName() throws IOException {
        assertThat(new UploadedFile("a.png", "%PDF-1.4".getBytes()).sniffedType())
                .isEqualTo(UploadedFile.PDF);
        assertThat(new UploadedFile("a.pdf", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).sniffedType())
                .isEqualTo(UploadedFile.JPEG);
        assertThat(new UploadedFile("a.docx", zip("word/document.xml")).sniffedType())
                .isEqualTo(UploadedFile.DOCX);
        assertThat(new UploadedFile("a.docx", zip("xl/workbook.xml")).sniffedType())
                .isNull();
        UploadedFile word = new UploadedFile("../../etc/规则.docx", zip("word/document.xml"));
        assertThatThrownBy(() -> word.acceptedType(Set.of(UploadedFile.PDF))).hasMessage("funds.file.type");
        assertThat(word.cleanName()).isEqualTo("规则.docx");
    }

    @Test
    void theCatalogueHoldsWellFormedCodesUnderTheirParents() {
        for (Classification code : Classifications.all()) {
            assertThat(code.code()).matches("[0-9]{3}([0-9]{2}){0,2}");
            if (code.depth() > 0) {
                String parent = code.code().substring(0, code.code().length() - 2);
                assertThat(Classifications.find(parent))
                        .as("parent of " + code.code())
                        .isPresent();
            }
        }
        assertThat(Classifications.find("21303").orElseThrow().name()).isEqualTo("水利");
        assertThat(Classifications.find("99999")).isEmpty();
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes());
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
