package org.linju.forces;

import org.jspecify.annotations.Nullable;

/** A row an import refused: its number in the workbook, why (a message key with an argument), and the name. */
public record RegistrationRejection(int rowNumber, String reason, @Nullable String argument, @Nullable String name) {
}
