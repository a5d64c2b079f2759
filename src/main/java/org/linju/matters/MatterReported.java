package org.linju.matters;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A matter came in (grid null: it waits in the manual-assignment queue). */
public record MatterReported(UUID matterId, String trackingCode, String categoryCode, @Nullable String gridCode) {
}
