package org.linju.matters;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.ExcelCsv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The three rates as a page, as JSON, as CSV and as an Excel workbook: one query, the same numbers everywhere. */
@Controller
class MetricsController {

    private final MatterMetrics metrics;
    private final MessageSource messages;

    MetricsController(MatterMetrics metrics, MessageSource messages) {
        this.metrics = metrics;
        this.messages = messages;
    }

    private List<MatterMetrics.Line> lines(
            CurrentUser user, MatterMetrics.Breakdown level, @Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : to;
        return metrics.by(level, user.scope(), from == null ? end.withDayOfMonth(1) : from, end);
    }

    @GetMapping("/matters/metrics")
    String page(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "COMMUNITY") MatterMetrics.Breakdown level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Model model) {
        LocalDate end = to == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        model.addAttribute("lines", metrics.by(level, user.scope(), start, end));
        model.addAttribute("level", level);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("levels", MatterMetrics.Breakdown.values());
        return "matters/metrics";
    }

    @GetMapping("/api/v1/metrics/matters")
    @ResponseBody
    List<MatterMetrics.Line> json(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "COMMUNITY") MatterMetrics.Breakdown level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return lines(user, level, from, to);
    }

    @GetMapping("/matters/metrics.csv")
    void csv(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "COMMUNITY") MatterMetrics.Breakdown level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            HttpServletResponse response)
            throws IOException {
        ExcelCsv csv = ExcelCsv.download(response, "matter-metrics.csv");
        csv.row(headers());
        for (MatterMetrics.Line line : lines(user, level, from, to)) {
            csv.plain(line.code())
                    .text(line.name())
                    .plain(line.reported())
                    .plain(percent(line.responseRate()))
                    .plain(percent(line.resolutionRate()))
                    .plain(percent(line.satisfactionRate()))
                    .plain(line.overdue())
                    .plain(
                            line.averageHandlingHours() == null
                                    ? ""
                                    : String.format("%.1f", line.averageHandlingHours()))
                    .endRow();
        }
        csv.flush();
    }

    /** The same columns as the CSV, with numbers as numbers: rates formatted as percentages, blank where undefined. */
    @GetMapping("/matters/metrics.xlsx")
    void xlsx(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "COMMUNITY") MatterMetrics.Breakdown level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            HttpServletResponse response)
            throws IOException {
        List<MatterMetrics.Line> lines = lines(user, level, from, to);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"matter-metrics.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    messages.getMessage("metrics.title", null, LocaleContextHolder.getLocale())));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle hours = workbook.createCellStyle();
            hours.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Row header = sheet.createRow(0);
            List<String> titles = headers();
            for (int column = 0; column < titles.size(); column++) {
                header.createCell(column).setCellValue(titles.get(column));
                sheet.setColumnWidth(column, (column == 1 ? 24 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < lines.size(); i++) {
                MatterMetrics.Line line = lines.get(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(line.code());
                row.createCell(1).setCellValue(line.name());
                row.createCell(2).setCellValue(line.reported());
                number(row, 3, line.responseRate(), percent);
                number(row, 4, line.resolutionRate(), percent);
                number(row, 5, line.satisfactionRate(), percent);
                row.createCell(6).setCellValue(line.overdue());
                number(row, 7, line.averageHandlingHours(), hours);
            }
            workbook.write(response.getOutputStream());
        }
    }

    private List<String> headers() {
        Locale locale = LocaleContextHolder.getLocale();
        return Stream.of(
                        "metrics.code",
                        "metrics.name",
                        "metrics.reported",
                        "metrics.responseRate",
                        "metrics.resolutionRate",
                        "metrics.satisfactionRate",
                        "metrics.overdue",
                        "metrics.averageHours")
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
    }

    private static void number(Row row, int column, @Nullable Double value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    static String percent(@Nullable Double rate) {
        return rate == null ? "" : String.format("%.1f%%", rate * 100);
    }
}
