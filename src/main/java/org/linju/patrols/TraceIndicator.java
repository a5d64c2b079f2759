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

    /** The aggregate per {@code group} column, from the indicator's table over {@code [:from, :until)}. */
    abstract String measureSql(String group, String member);

    @Override
    public boolean higherIsBetter() {
        return true;
    }

    @Override
    public Map<String, Double> measure(Collection<String> gridCodes, LocalDate from, LocalDate until) {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql(measureSql("grid_code", "grid_code = any (cast(:members as text[]))"))
                .param("members", gridCodes.toArray(String[]::new))
                .param("from", start(from))
                .param("until", start(until))
                .query(rs -> {
                    values.put(rs.getString(1), rs.getDouble(2));
                });
        return values;
    }

    @Override
    public Map<UUID, Double> measureByPerson(Collection<UUID> accountIds, LocalDate from, LocalDate until) {
        Map<UUID, Double> values = new HashMap<>();
        jdbc.sql(measureSql("worker_id", "worker_id = any (cast(:members as uuid[]))"))
                .param("members", accountIds.toArray(UUID[]::new))
                .param("from", start(from))
                .param("until", start(until))
                .query(rs -> {
                    values.put(rs.getObject(1, UUID.class), rs.getDouble(2));
                });
        return values;
    }

    /** Evidence rows from {@code sql} (with {@code :grid}, {@code :from}, {@code :until}, {@code :limit}). */
    List<Evidence> evidence(String sql, String gridCode, LocalDate from, LocalDate until, int limit) {
        return jdbc.sql(sql)
                .param("grid", gridCode)
                .param("from", start(from))
                .param("until", start(until))
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
