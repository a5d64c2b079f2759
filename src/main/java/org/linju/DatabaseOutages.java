package org.linju;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failures that mean the database is away ({@link org.linju.shared.DatabaseAway}): each kind is logged as one line per
 * minute with how many there were, not a stack trace per request.
 */
@Component
class DatabaseOutages {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);
    private static final Duration INTERVAL = Duration.ofMinutes(1);

    /** Failures of one kind since the interval began, and those counted but not logged in the interval before. */
    private record Tally(long since, int count, int unlogged) {}

    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    /** Counts the failure and logs it if it is the first of its kind in this interval. */
    void report(Throwable outage, String where) {
        String kind = kindOf(outage);
        long now = System.nanoTime();
        Tally tally = tallies.compute(kind, (key, last) -> {
            if (last == null) {
                return new Tally(now, 1, 0);
            }
            return now - last.since() >= INTERVAL.toNanos()
                    ? new Tally(now, 1, last.count() - 1)
                    : new Tally(last.since(), last.count() + 1, last.unlogged());
        });
        if (tally.count() == 1) {
            log.warn(
                    "Database unavailable ({}) on {}: {} ({} more like it before, not logged; the next minute's are only counted)",
                    kind,
                    where,
                    outage.getMessage(),
                    tally.unlogged());
        }
    }

    private static String kindOf(Throwable outage) {
        return outage instanceof SQLException sql && sql.getSQLState() != null
                ? outage.getClass().getSimpleName() + " " + sql.getSQLState()
                : outage.getClass().getSimpleName();
    }
}
