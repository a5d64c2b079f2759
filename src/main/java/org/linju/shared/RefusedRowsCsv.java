package org.linju.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The rows an import refused, as a CSV download: UTF-8 with a byte-order mark (so Excel opens Chinese text
 * correctly), headers and reasons in the reader's language, every cell defused ({@link CsvCell}). Columns: the row
 * number, the given columns (a refused row's cells), the reason.
 */
public final class RefusedRowsCsv {

    private RefusedRowsCsv() {}

    public static void write(
            HttpServletResponse response,
            String fileName,
            MessageSource messages,
            List<String> columnKeys,
            List<RefusedRow> rows)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
        out.print('\uFEFF');
        List<String> header = new ArrayList<>();
        header.add(messages.getMessage("roster.report.row", null, locale));
        columnKeys.forEach(key -> header.add(messages.getMessage(key, null, locale)));
        header.add(messages.getMessage("boundary.reason", null, locale));
        out.println(String.join(",", header));
        rows.forEach(row -> {
            List<String> line = new ArrayList<>();
            line.add(Integer.toString(row.number()));
            row.cells().forEach(cell -> line.add(CsvCell.of(cell)));
            line.add(
                    CsvCell.of(messages.getMessage(row.reason(), new Object[] {row.argument()}, row.reason(), locale)));
            out.println(String.join(",", line));
        });
        out.flush();
    }
}
