package org.linju.funds.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.linju.funds.AlertView;
import org.linju.funds.MonitoringReport.AccountabilityRow;
import org.linju.funds.MonitoringReport.CheckRow;
import org.linju.funds.MonitoringReport.ReportLine;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The monitoring report as an Excel workbook: one row per check (the execution check, then each target's), with the
 * alert of that check and its explanation; a second sheet of accountability records. Numbers stay numbers.
 */
@Component
class MonitoringExcel {

    private static final List<String> CHECK_COLUMNS = List.of(
            "funds.monitoring.line",
            "list.area",
            "funds.monitoring.check",
            "funds.monitoring.expected",
            "funds.monitoring.actual",
            "funds.monitoring.deviation",
            "funds.monitoring.result",
            "funds.alert.state",
            "funds.alert.cause",
            "funds.alert.correction");
    private static final List<String> RECORD_COLUMNS = List.of(
            "funds.monitoring.line",
            "list.area",
            "funds.close.missed",
            "funds.close.accountable",
            "funds.close.measure",
            "funds.close.measureText",
            "funds.close.decidedBy",
            "funds.close.decidedOn");

    private final MessageSource messages;

    MonitoringExcel(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<ReportLine> lines, List<AccountabilityRow> records, YearMonth period, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"funds-monitoring-" + period + ".xlsx\"");
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle points = workbook.createCellStyle();
            points.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Sheet checks =
                    sheet(workbook, text("funds.monitoring.title", locale) + " " + period, CHECK_COLUMNS, locale);
            checks(checks, lines, points, locale);
            Sheet sheet = sheet(workbook, text("funds.close.records", locale), RECORD_COLUMNS, locale);
            for (int i = 0; i < records.size(); i++) {
                record(sheet.createRow(i + 1), records.get(i), locale);
            }
            workbook.write(response.getOutputStream());
        }
    }

    /** One row per checked figure: a line's execution, then each of its targets. */
    private void checks(Sheet checks, List<ReportLine> lines, CellStyle points, Locale locale) {
        int next = 1;
        for (ReportLine line : lines) {
            if (line.execution() != null) {
                check(
                        checks.createRow(next++),
                        line,
                        line.execution(),
                        text("funds.monitoring.execution", locale),
                        alertOf(line, null),
                        points,
                        locale);
            }
            for (CheckRow target : line.targets()) {
                check(
                        checks.createRow(next++),
                        line,
                        target,
                        target.label(),
                        alertOf(line, target.label()),
                        points,
                        locale);
            }
        }
    }

    private Sheet sheet(XSSFWorkbook workbook, String name, List<String> columns, Locale locale) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row header = sheet.createRow(0);
        for (int column = 0; column < columns.size(); column++) {
            header.createCell(column).setCellValue(text(columns.get(column), locale));
            sheet.setColumnWidth(column, (column == 0 ? 30 : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void check(
            Row row,
            ReportLine line,
            CheckRow check,
            @Nullable String label,
            @Nullable AlertView alert,
            CellStyle points,
            Locale locale) {
        row.createCell(0).setCellValue(line.name());
        row.createCell(1).setCellValue(line.areaCode());
        row.createCell(2).setCellValue(label);
        number(row, 3, check.expected(), points);
        number(row, 4, check.actual(), points);
        number(row, 5, check.deviation(), points);
        row.createCell(6)
                .setCellValue(text(check.within() ? "funds.monitoring.within" : "funds.monitoring.behind", locale));
        if (alert != null) {
            row.createCell(7).setCellValue(text("funds.alert.state." + alert.state(), locale));
            row.createCell(8).setCellValue(alert.cause());
            row.createCell(9).setCellValue(alert.correction());
        }
    }

    private void record(Row row, AccountabilityRow record, Locale locale) {
        row.createCell(0).setCellValue(record.lineName());
        row.createCell(1).setCellValue(record.areaCode());
        row.createCell(2).setCellValue(record.missedTargets());
        row.createCell(3).setCellValue(record.accountableName());
        row.createCell(4).setCellValue(text("funds.measure." + record.measure(), locale));
        row.createCell(5).setCellValue(record.measureText());
        row.createCell(6).setCellValue(record.decidedBy());
        row.createCell(7).setCellValue(record.decidedOn().toString());
    }

    /** The latest alert of that check (execution when {@code target} is null). */
    static @Nullable AlertView alertOf(ReportLine line, @Nullable String target) {
        AlertView found = null;
        for (AlertView alert : line.alerts()) {
            boolean execution = "EXECUTION".equals(alert.checkType());
            if (target == null ? execution : !execution && target.equals(alert.targetName())) {
                found = alert;
            }
        }
        return found;
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
