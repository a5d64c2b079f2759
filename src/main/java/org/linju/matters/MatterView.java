package org.linju.matters;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A matter for staff pages; the reporter's phone is read separately, masked and audited. */
public record MatterView(UUID id, String trackingCode, @Nullable String gridCode, String categoryCode,
		String categoryName, String description, Channel channel, Stage stage, @Nullable Colour colour,
		@Nullable Urgency urgency, @Nullable Difficulty difficulty, boolean reopened, int version, Instant reportedAt,
		@Nullable Double lat, @Nullable Double lng) {

	Matter workflow() {
		return new Matter(stage, colour, reopened);
	}
}
