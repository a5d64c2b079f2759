package org.linju.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.linju.shared.ExcelCsv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The rows an import refused, as a CSV download ({@link ExcelCsv}), headers and reasons in the reader's language.
 * Columns: the row number, the given columns (a refused row's cells), the reason.
 */
final class RefusedRowsCsv {

    private RefusedRowsCsv() {}

    static void write(
            HttpServletResponse response,
            String fileName,
            MessageSource messages,
            List<String> columnKeys,
            List<RefusedRow> rows)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        ExcelCsv csv = ExcelCsv.download(response, fileName);
        List<String> header = new ArrayList<>();
        header.add(messages.getMessage("roster.report.row", null, locale));
        columnKeys.forEach(key -> header.add(messages.getMessage(key, null, locale)));
        header.add(messages.getMessage("boundary.reason", null, locale));
        csv.row(header);
        for (RefusedRow row : rows) {
            csv.plain(row.number());
            for (String cell : row.cells()) {
                csv.text(cell);
            }
            csv.text(messages.getMessage(row.reason(), new Object[] {row.argument()}, row.reason(), locale))
                    .endRow();
        }
        csv.flush();
    }
}
