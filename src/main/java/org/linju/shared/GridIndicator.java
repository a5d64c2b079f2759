package org.linju.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One measure of the work done in grids over a period, contributed as a bean by the module whose records it counts
 * (matters, patrols, meetings, supervision notices …) and weighed by the evaluation, which never reads another module's
 * tables. Periods are China dates, {@code from} inclusive and {@code until} exclusive.
 */
public interface GridIndicator {

    /**
     * The stable key (e.g. {@code patrols.visits}); the evaluation's weights name it, and its label and explanation
     * are the messages {@code indicator.<key>} and {@code indicator.<key>.hint}.
     */
    String key();

    /** Whether more is better (visits made) or worse (matters overdue). */
    boolean higherIsBetter();

    /**
     * The value per grid code over the period, for these grids; a grid with no records may be left out (zero, or no
     * value, as {@link #zeroWithoutRecords()} says).
     */
    Map<String, Double> measure(Collection<String> gridCodes, LocalDate from, LocalDate until);

    /**
     * Whether a grid left out of {@link #measure} had zero (a count: no visits made is zero visits, no matter overdue is
     * zero overdue) or has no value at all (a share or a mean of records: with no directive to acknowledge there is no
     * time taken to acknowledge one). The evaluation scores a person without a value on the rest of their indicators.
     */
    default boolean zeroWithoutRecords() {
        return true;
    }

    /** The records one grid's value was computed from, most recent first, at most {@code limit}. */
    List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit);

    /**
     * The value per person (account id) for indicators that also apply to one person's own work, such as a grid
     * worker's patrols; empty when the indicator only counts per grid.
     */
    default Map<UUID, Double> measureByPerson(Collection<UUID> accountIds, LocalDate from, LocalDate until) {
        return Map.of();
    }

    /** One record behind a value: when, what (already in the reader's language or free of language), and its page. */
    record Evidence(Instant at, String summary, @Nullable String link) {}
}
