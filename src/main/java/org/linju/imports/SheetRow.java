package org.linju.imports;

import java.util.List;

/** One spreadsheet row: its 1-based number and its cells by column (missing cells are empty strings). */
public record SheetRow(int number, List<String> cells) {

    /** The trimmed cell of the column whose position is the enum constant's ordinal. */
    public String cell(Enum<?> column) {
        return column.ordinal() < cells.size() ? cells.get(column.ordinal()).trim() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
