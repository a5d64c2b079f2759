package org.linju.matters;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reports with photos from senders with hourly limits, one at a time per client address (on this instance). The
 * limits are checked before photos are decoded, against stored reports; without this, reports sent in parallel would
 * all pass that check before the first is stored.
 */
final class PhotoReportsInFlight {

    private final Set<String> addresses = ConcurrentHashMap.newKeySet();

    /** Runs one report; {@code address} null means it needs no turn (no photos, staff, or no address). */
    <T> T oneAtATime(@Nullable String address, Supplier<T> report) {
        if (address == null) {
            return report.get();
        }
        if (!addresses.add(address)) {
            throw new PhotoReportInProgress();
        }
        try {
            return report.get();
        } finally {
            addresses.remove(address);
        }
    }
}
