package org.linju.matters;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the reporter gets back: the tracking code, the grid the report was located to (null: manual queue), and how
 * many likely duplicates there are nearby (same category, within 50 m and 7 days). Their tracking codes go only to
 * staff: a tracking code lets its holder rate the matter, so residents never see other residents' codes.
 */
public record Receipt(
        String id, String trackingCode, @Nullable String gridCode, List<String> nearby, int similarNearby) {}
