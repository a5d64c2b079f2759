package org.linju.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet row an import refused: its number in the sheet, why (a message key that {@code argument} fills in),
 * and the cells that let the importer find it, which hold no plain personal data (a name, a masked ID number).
 */
public record RefusedRow(
        int number, String reason, @Nullable String argument, List<@Nullable String> cells) {}
