package org.linju.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * CSV downloads that Excel opens as meant, written with Apache Commons CSV: UTF-8 with a byte-order mark (so Excel
 * reads Chinese text correctly), lines ended CRLF. Text cells, header cells included, are always quoted, and one that
 * starts like a formula ({@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that a name from a
 * spreadsheet or a form is shown, never evaluated. Plain cells (numbers, codes, percentages) are quoted only when
 * they must be.
 */
public final class ExcelCsv implements Flushable {

    private static final CSVFormat TEXT =
            CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final CSVFormat PLAIN =
            CSVFormat.EXCEL.builder().setQuoteMode(QuoteMode.MINIMAL).get();

    private final Writer out;
    private boolean rowStarted;

    private ExcelCsv(Writer out) {
        this.out = out;
    }

    /** Starts a CSV on the stream, byte-order mark first; {@link #flush()} when done. */
    public static ExcelCsv on(OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write('\uFEFF');
        return new ExcelCsv(out);
    }

    /** Starts a CSV as the answer to a request, downloaded by the browser as {@code fileName}. */
    public static ExcelCsv download(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        return on(response.getOutputStream());
    }

    /** A row of text cells, e.g. the header. */
    public ExcelCsv row(List<String> texts) throws IOException {
        for (String text : texts) {
            text(text);
        }
        return endRow();
    }

    /** A text cell, quoted and defused; null is an empty cell. */
    public ExcelCsv text(@Nullable String value) throws IOException {
        TEXT.print(value == null ? null : defused(value), out, !rowStarted);
        rowStarted = true;
        return this;
    }

    /** A cell the program wrote itself (a number, a code, a percentage): quoted only if it must be. */
    public ExcelCsv plain(Object value) throws IOException {
        PLAIN.print(value, out, !rowStarted);
        rowStarted = true;
        return this;
    }

    public ExcelCsv endRow() throws IOException {
        TEXT.println(out);
        rowStarted = false;
        return this;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** The text with a leading apostrophe if a spreadsheet would take it for a formula. */
    public static String defused(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
