package org.linju.residents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.linju.shared.IdCardNumber;

/** Generated roster workbooks for import tests and the import benchmark. */
public final class Rosters {

    private Rosters() {}

    /** A valid, unique ID number for row i, with an address code the demo district never uses. */
    public static String idNumber(String addressCode, int i) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i / 500);
        String first17 = addressCode
                + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", i % 500 * 2 + 1);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    /** A workbook with the template's headers and {@code rows} data rows made by {@code row}. */
    public static byte[] workbook(int rows, IntFunction<List<String>> row) throws IOException {
        return workbook(RosterColumns.headers(), rows, row);
    }

    public static byte[] workbook(List<String> headers, int rows, IntFunction<List<String>> row) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("实有人口");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int i = 0; i < rows; i++) {
                Row data = sheet.createRow(i + 1);
                List<String> cells = row.apply(i);
                for (int c = 0; c < cells.size(); c++) {
                    data.createCell(c).setCellValue(cells.get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        }
    }
}
