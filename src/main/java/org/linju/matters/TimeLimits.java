package org.linju.matters;

import java.time.Duration;

/**
 * How long each step may take, after Beijing's 接诉即办 defaults: acceptance within 2 hours of dispatch; resolution
 * within 2 hours for emergencies, 24 hours for urgent matters, 7 days for normal ones, 15 days for those that need
 * district coordination.
 */
final class TimeLimits {

	static final Duration ACCEPT = Duration.ofHours(2);

	private TimeLimits() {
	}

	static Duration resolve(Urgency urgency, Difficulty difficulty) {
		return switch (urgency) {
			case EMERGENCY -> Duration.ofHours(2);
			case URGENT -> Duration.ofHours(24);
			case NORMAL -> difficulty == Difficulty.DISTRICT ? Duration.ofDays(15) : Duration.ofDays(7);
		};
	}
}
