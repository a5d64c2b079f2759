package org.linju.matters;

import java.time.Duration;
import java.time.Instant;

/**
 * The time left before a limit, or by how much it was exceeded, in the two largest units that say it (3 days 4 hours,
 * 5 hours 10 minutes, 25 minutes). Pages word it from the message bundles: {@code timeLeft.left.<unit>} or
 * {@code timeLeft.exceeded.<unit>} with {@code first} and {@code second}.
 */
public record TimeLeft(boolean exceeded, String unit, long first, long second) {

    public static TimeLeft between(Instant now, Instant due) {
        Duration gap = Duration.between(now, due);
        boolean exceeded = gap.isNegative();
        Duration size = gap.abs();
        if (size.toDays() > 0) {
            return new TimeLeft(exceeded, "days", size.toDays(), size.toHoursPart());
        }
        if (size.toHours() > 0) {
            return new TimeLeft(exceeded, "hours", size.toHours(), size.toMinutesPart());
        }
        return new TimeLeft(exceeded, "minutes", Math.max(1, size.toMinutes()), 0);
    }

    /** The message key of the amount. */
    public String key() {
        return "timeLeft." + (exceeded ? "exceeded." : "left.") + unit;
    }
}
