package org.linju.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The staff workbook to fill in: the headers, text-formatted columns (so codes keep their digits), one example, and a
 * second sheet listing the importer's own areas with their codes and the roles by name, to copy from. It is the
 * import's file format, so its words are the ones the import accepts, whatever the page language.
 */
final class StaffTemplate {

    private StaffTemplate() {}

    static void write(OutputStream out, List<AccountAreas.Choice> areas, List<String> roleNames) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet sheet = workbook.createSheet("账号");
            String example = areas.stream()
                    .filter(area -> area.level().equals("GRID"))
                    .map(AccountAreas.Choice::code)
                    .findFirst()
                    .orElse("");
            String[] sample = {"wangxm", "王小明", "网格员", example, ""};
            Row header = sheet.createRow(0);
            Row first = sheet.createRow(1);
            for (StaffColumns column : StaffColumns.values()) {
                header.createCell(column.ordinal()).setCellValue(column.title);
                first.createCell(column.ordinal()).setCellValue(sample[column.ordinal()]);
                sheet.setDefaultColumnStyle(column.ordinal(), text);
                sheet.setColumnWidth(column.ordinal(), 20 * 256);
            }
            Sheet lists = workbook.createSheet("辖区与角色");
            lists.createRow(0).createCell(0).setCellValue("辖区编码");
            lists.getRow(0).createCell(1).setCellValue("辖区");
            lists.getRow(0).createCell(3).setCellValue("角色");
            int rows = Math.max(areas.size(), roleNames.size());
            for (int i = 0; i < rows; i++) {
                Row row = lists.createRow(i + 1);
                if (i < areas.size()) {
                    row.createCell(0).setCellValue(areas.get(i).code());
                    row.createCell(1).setCellValue(areas.get(i).label());
                }
                if (i < roleNames.size()) {
                    row.createCell(3).setCellValue(roleNames.get(i));
                }
            }
            lists.setColumnWidth(0, 18 * 256);
            lists.setColumnWidth(1, 30 * 256);
            lists.setColumnWidth(3, 16 * 256);
            workbook.write(out);
        }
    }
}
