package org.linju.matters;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A matter was sent to the people its colour routes it to ({@code handlers}: their roles). */
public record MatterDispatched(UUID matterId, String trackingCode, String categoryName, Colour colour,
		@Nullable String gridCode, java.util.List<org.linju.identity.Role> handlers) {
}
