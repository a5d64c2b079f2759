package org.linju.patrols;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linju.shared.DateRange;
import org.linju.shared.GridIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shape the two patrol indicators share: a value per grid and per worker from one aggregate over a period of
 * China dates, and the records behind a grid's value, each linked to the worker's day on the map.
 */
abstract class TraceIndicator implements GridIndicator {

    private final JdbcClient jdbc;

    TraceIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The value per grid code of {@code :members}, over the period from {@code :since} until {@code :till}. */
    abstract String perGrid();

    /** The value per worker id of {@code :members}, over the same period. */
    abstract String perWorker();

    /** Further named parameters the indicator's SQL uses (none by default). */
    Map<String, ?> parameters() {
        return Map.of();
    }

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public Map<String, Double> measure(Collection<String> gridCodes, LocalDate from, LocalDate until) {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql(perGrid())
                .params(parameters())
                .param("members", gridCodes.toArray(String[]::new))
                .param("since", start(from))
                .param("till", start(until))
                .query(rs -> {
                    values.put(rs.getString(1), rs.getDouble(2));
                });
        return values;
    }

    @Override
    public Map<UUID, Double> measureByPerson(Collection<UUID> accountIds, LocalDate from, LocalDate until) {
        Map<UUID, Double> values = new HashMap<>();
        jdbc.sql(perWorker())
                .params(parameters())
                .param("members", accountIds.toArray(UUID[]::new))
                .param("since", start(from))
                .param("till", start(until))
                .query(rs -> {
                    values.put(rs.getObject(1, UUID.class), rs.getDouble(2));
                });
        return values;
    }

    /** Evidence rows from {@code sql} (with {@code :area}, {@code :since}, {@code :till}, {@code :limit}). */
    List<Evidence> evidence(String sql, String gridCode, LocalDate from, LocalDate until, int limit) {
        return jdbc.sql(sql)
                .params(parameters())
                .param("area", gridCode)
                .param("since", start(from))
                .param("till", start(until))
                .param("limit", limit)
                .query((rs, n) -> {
                    Instant at = rs.getTimestamp("at").toInstant();
                    return new Evidence(at, rs.getString("summary"), link(rs.getObject("worker_id", UUID.class), at));
                })
                .list();
    }

    private static String link(UUID worker, Instant at) {
        return "/patrols/map?worker=" + worker + "&date=" + LocalDate.ofInstant(at, DateRange.CHINA);
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(DateRange.CHINA).toInstant());
    }
}
