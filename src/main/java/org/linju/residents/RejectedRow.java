package org.linju.residents;

import org.jspecify.annotations.Nullable;

/**
 * A roster row that was not imported, and why. No plaintext ID number is kept, only a masked one.
 *
 * @param reason a message-bundle key that {@code argument} fills in
 */
public record RejectedRow(int row, String reason, @Nullable String argument, String name, String maskedId) {
}
