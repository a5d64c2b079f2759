package org.linju.matters;

import org.jspecify.annotations.Nullable;

/** What the reporter gets back: the tracking code, and the grid the report was located to (null: manual queue). */
public record Receipt(String id, String trackingCode, @Nullable String gridCode) {
}
