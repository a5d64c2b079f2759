package org.linju.matters;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One immutable row of a matter's timeline. */
public record TimelineEntry(Instant at, String actor, String action, @Nullable Stage from, Stage to,
		@Nullable String note, boolean isPublic) {
}
