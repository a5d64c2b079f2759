package org.linju.residents;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roster workbook to fill in: the headers, text-formatted columns (so ID numbers keep all 18 digits), one example.
 * It is the import's file format, so its words are the ones the import accepts, whatever the page language.
 */
public final class RosterTemplate {

    private RosterTemplate() {}

    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("实有人口");
            DataFormat format = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            Row header = sheet.createRow(0);
            String[] example = {
                "张伟",
                "11010519491231002X",
                "13812345678",
                "51170300100101",
                "1栋",
                "2",
                "501",
                "户籍人口",
                "2020-05-01",
                "独居老人、低收入"
            };
            Row sample = sheet.createRow(1);
            for (RosterColumns column : RosterColumns.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header);
                sample.createCell(column.ordinal()).setCellValue(example[column.ordinal()]);
                sheet.setDefaultColumnStyle(column.ordinal(), text);
                sheet.setColumnWidth(column.ordinal(), 20 * 256);
            }
            workbook.write(out);
        }
    }
}
