package org.linju.matters;

import org.jspecify.annotations.Nullable;

/**
 * What the reporter gets back: the tracking code, the grid the report was located to (null: manual queue), and the
 * tracking codes of likely duplicates nearby (same category, within 50 m and 7 days) the reporter may follow too.
 */
public record Receipt(String id, String trackingCode, @Nullable String gridCode, java.util.List<String> nearby) {
}
