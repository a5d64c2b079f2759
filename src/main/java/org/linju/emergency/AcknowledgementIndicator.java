package org.linju.emergency;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linju.shared.DateRange;
import org.linju.shared.GridIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How fast a grid's people acknowledged the emergency directives sent to them in a cycle: the mean minutes from sending
 * to acknowledgement, a directive never acknowledged counting twice its acknowledgement limit. Fewer is better; a grid
 * that received no directive is left out (zero: nothing was slow).
 */
@Component
class AcknowledgementIndicator implements GridIndicator {

    private static final ZoneId CHINA = DateRange.CHINA;
    private static final String MINUTES = """
			case when r.acknowledged_at is not null then extract(epoch from r.acknowledged_at - r.sent_at) / 60
			     else 2 * d.ack_minutes end""";

    private final JdbcClient jdbc;

    AcknowledgementIndicator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "emergency.acknowledgement";
    }

    @Override
    public boolean higherIsBetter() {
        return false;
    }

    /** A share (or mean) over no records is no value, not zero: the evaluation scores the grid without it. */
    @Override
    public boolean zeroWithoutRecords() {
        return false;
    }

    @Override
    public Map<String, Double> measure(Collection<String> gridCodes, LocalDate from, LocalDate until) {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql("select r.grid_code, avg(" + MINUTES + ") as minutes"
                        + " from directive_recipient r join directive d on d.id = r.directive_id"
                        + " where r.grid_code = any (cast(:grids as text[])) and r.sent_at >= :from and r.sent_at < :until"
                        + " group by r.grid_code")
                .param("grids", gridCodes.toArray(String[]::new))
                .param("from", at(from))
                .param("until", at(until))
                .query(rs -> {
                    values.put(rs.getString("grid_code"), rs.getDouble("minutes"));
                });
        return values;
    }

    @Override
    public List<Evidence> evidence(String gridCode, LocalDate from, LocalDate until, int limit) {
        return jdbc.sql("select r.sent_at, r.acknowledged_at is not null as acknowledged, d.emergency_id, d.text, "
                        + MINUTES + " as minutes"
                        + " from directive_recipient r join directive d on d.id = r.directive_id"
                        + " where r.grid_code = :gridCode and r.sent_at >= :from and r.sent_at < :until"
                        + " order by r.sent_at desc limit :limit")
                .param("gridCode", gridCode)
                .param("from", at(from))
                .param("until", at(until))
                .param("limit", limit)
                .query((rs, row) -> new Evidence(
                        rs.getTimestamp("sent_at").toInstant(),
                        (rs.getBoolean("acknowledged") ? "✓ " : "✗ ") + Math.round(rs.getDouble("minutes")) + "′ "
                                + abbreviated(rs.getString("text")),
                        "/emergency/" + rs.getObject("emergency_id", UUID.class)))
                .list();
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(CHINA).toInstant());
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
