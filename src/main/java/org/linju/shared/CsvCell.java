package org.linju.shared;

import org.jspecify.annotations.Nullable;

/** One quoted CSV cell for exports opened in Excel; text starting like a formula is defused with a leading quote. */
public final class CsvCell {

    private CsvCell() {}

    public static String of(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value
                : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
