package org.linju.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every spreadsheet import shares: the upload kept in a file only the app's user can read, the header row
 * checked, the other rows handed on in chunks, the file deleted afterwards, and the outcome as a message key
 * ({@code <prefix>.empty}, {@code .badColumns}, {@code .unreadable} or {@code .failed}; null when read to the end).
 */
final class SheetImport {

    private static final Logger log = LoggerFactory.getLogger(SheetImport.class);

    private SheetImport() {}

    /** Stores an upload as {@code directory/name}, readable and writable by the app's user only. */
    static Path keep(Path directory, String name, InputStream content) {
        Path file = directory.resolve(name);
        try {
            Files.createDirectories(directory);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of rows below the header, for the progress bar (0 for an unreadable file: reading reports it). */
    static int dataRows(Path file) {
        try {
            return Math.max(0, SheetReader.countRows(file) - 1);
        } catch (SheetReader.UnreadableWorkbook e) {
            return 0;
        }
    }

    /**
     * Reads the first sheet: the first row must hold exactly {@code headers}; the rows after it go to {@code chunks}
     * in lists of at most {@code size}. The file is deleted whatever happens.
     */
    static @Nullable String read(
            Path file, List<String> headers, int size, Consumer<List<SheetRow>> chunks, String prefix) {
        List<SheetRow> chunk = new ArrayList<>(size);
        boolean[] headerSeen = {false};
        try {
            SheetReader.read(file, headers.size(), row -> {
                if (!headerSeen[0]) {
                    if (!row.cells().stream().map(String::trim).toList().equals(headers)) {
                        throw new WrongColumns();
                    }
                    headerSeen[0] = true;
                    return;
                }
                chunk.add(row);
                if (chunk.size() == size) {
                    chunks.accept(List.copyOf(chunk));
                    chunk.clear();
                }
            });
            if (!chunk.isEmpty()) {
                chunks.accept(List.copyOf(chunk));
            }
            return headerSeen[0] ? null : prefix + ".empty";
        } catch (WrongColumns e) {
            return prefix + ".badColumns";
        } catch (SheetReader.UnreadableWorkbook e) {
            return prefix + ".unreadable";
        } catch (RuntimeException e) {
            log.error("Import of {} failed", file.getFileName(), e);
            return prefix + ".failed";
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded workbook {}", file, e);
            }
        }
    }

    /** The first row does not carry the expected headers. */
    private static final class WrongColumns extends SheetReader.StopReading {}
}
