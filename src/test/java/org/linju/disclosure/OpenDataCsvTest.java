package org.linju.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenDataCsvTest {

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsDefusedAndACommaQuoted() {
        assertThat(OpenDataController.csv("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(OpenDataController.csv("区住建局, 市政科")).isEqualTo("\"区住建局, 市政科\"");
        assertThat(OpenDataController.csv("2130301")).isEqualTo("2130301");
    }
}
