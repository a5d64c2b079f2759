package org.linju.matters;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A matter was registered (立案) with a colour, which decides who handles it. */
public record MatterTriaged(UUID matterId, String trackingCode, String categoryName, Colour colour,
		@Nullable String gridCode) {
}
