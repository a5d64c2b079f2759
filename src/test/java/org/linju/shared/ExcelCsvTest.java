package org.linju.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Excel gets: a byte-order mark, quoted and defused text, header cells quoted too, numbers plain. */
class ExcelCsvTest {

    @Test
    void textIsQuotedAndFormulasAreDefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExcelCsv csv = ExcelCsv.on(bytes);
        csv.row(List.of("行号", "姓名, 全名", "原因"));
        csv.plain(19).text("=HYPERLINK(\"http://evil\")").text("+1").endRow();
        csv.plain("511703").text("-2").text("@SUM(A1)").endRow();
        csv.plain(3).text("\tcmd").text("\rcmd").text("a\"b").endRow();
        csv.plain("").text(null).text("").text("王小明").endRow();
        csv.flush();

        byte[] written = bytes.toByteArray();
        assertThat(Arrays.copyOf(written, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(written, 3, written.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("\"行号\",\"姓名, 全名\",\"原因\"\r\n"
                        + "19,\"'=HYPERLINK(\"\"http://evil\"\")\",\"'+1\"\r\n"
                        + "511703,\"'-2\",\"'@SUM(A1)\"\r\n"
                        + "3,\"'\tcmd\",\"'\rcmd\",\"a\"\"b\"\r\n"
                        + "\"\",,\"\",\"王小明\"\r\n");
    }

    @Test
    void plainCellsAreQuotedOnlyWhenTheyMustBe() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExcelCsv csv = ExcelCsv.on(bytes);
        csv.plain("511703001001").plain(3).plain("50.0%").plain("1,5").plain("").endRow();
        csv.flush();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF511703001001,3,50.0%,\"1,5\",\r\n");
    }
}
