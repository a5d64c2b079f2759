package org.linju.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an .xlsx workbook row by row with POI's SAX reader, so a 100,000-row roster never
 * sits in memory as a workbook. Used by every spreadsheet import (resident rosters, force registrations).
 */
final class SheetReader {

    /** Thrown by a row consumer to stop reading; passes through unchanged. */
    static class StopReading extends RuntimeException {}

    /** The file is not a readable .xlsx workbook. */
    static class UnreadableWorkbook extends Exception {

        UnreadableWorkbook(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SheetReader() {}

    /** Counts the rows of the first sheet (for the progress bar), without interpreting any cell. */
    static int countRows(Path workbook) throws UnreadableWorkbook {
        int[] rows = {0};
        parse(workbook, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("row".equals(localName) || "row".equals(qName)) {
                    rows[0]++;
                }
            }
        });
        return rows[0];
    }

    static void read(Path workbook, int width, Consumer<SheetRow> rows) throws UnreadableWorkbook {
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            RowsOfWidth contents = new RowsOfWidth(width, rows);
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, contents, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (StopReading e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UnreadableWorkbook("not a readable .xlsx workbook", e);
        }
    }

    /** Hands each row on as {@code width} cells, empty where the sheet has none, cells beyond dropped. */
    private static final class RowsOfWidth implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int width;
        private final Consumer<SheetRow> rows;
        private String[] cells;

        RowsOfWidth(int width, Consumer<SheetRow> rows) {
            this.width = width;
            this.rows = rows;
            this.cells = new String[width];
        }

        @Override
        public void startRow(int rowNum) {
            cells = new String[width];
            Arrays.fill(cells, "");
        }

        @Override
        public void endRow(int rowNum) {
            rows.accept(new SheetRow(rowNum + 1, new ArrayList<>(Arrays.asList(cells))));
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            if (reference == null || value == null) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column < width) {
                cells[column] = value;
            }
        }
    }

    private static void parse(Path workbook, DefaultHandler handler) throws UnreadableWorkbook {
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new UnreadableWorkbook("not a readable .xlsx workbook", e);
        }
    }
}
