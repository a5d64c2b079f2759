package org.linju.funds;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;

/**
 * The monitoring report's filters as the URL carries them ({@code /funds/monitoring?period=2026-03&area=…}).
 *
 * @param period the month 'YYYY-MM' (last month when absent)
 * @param area a street, community or grid within the caller's scope
 * @param alert {@code OPEN}, {@code EXPLAINED} or {@code CLEARED}: lines with such an alert
 * @param behind only lines with a check of the period beyond tolerance
 */
public record MonitoringFilter(
        @Nullable String period,
        @Nullable String area,
        @Nullable String alert,
        @Nullable Boolean behind,
        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the report sorts by; the first, most behind first, is the default. */
    public static final List<String> SORTABLE = List.of("execution", "name", "area");

    static final List<String> ALERT_STATES = List.of("OPEN", "EXPLAINED", "CLEARED");

    public ListRequest request() {
        return ListRequest.of(page, size, sort, dir, SORTABLE, false);
    }

    @Nullable
    String alertState() {
        return alert != null && ALERT_STATES.contains(alert) ? alert : null;
    }
}
