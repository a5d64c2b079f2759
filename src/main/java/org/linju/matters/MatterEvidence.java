package org.linju.matters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.linju.shared.DateRange;
import org.linju.shared.GridIndicator.Evidence;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The matters of a grid reported in a period that an indicator counted, newest first, each marked ✓ when it counted
 * for the grid and ✗ when against it, with its tracking code, the start of its description and its page.
 */
final class MatterEvidence {

    static final ZoneId CHINA = DateRange.CHINA;

    private final JdbcClient jdbc;
    private final Clock clock;

    MatterEvidence(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** {@code counted} and {@code good} are fixed conditions on {@code m} chosen by the indicator, never input. */
    List<Evidence> of(String grid, LocalDate from, LocalDate until, int limit, String counted, String good) {
        return jdbc.sql("select m.id, m.tracking_code, m.description, m.reported_at, " + good + " as good"
                        + " from matter m where m.grid_code = :gridCode and m.reported_at >= :from"
                        + " and m.reported_at < :until and m.stage not in ('VOIDED', 'MERGED') and " + counted
                        + " order by m.reported_at desc limit :limit")
                .param("gridCode", grid)
                .param("from", Timestamp.from(from.atStartOfDay(CHINA).toInstant()))
                .param("until", Timestamp.from(until.atStartOfDay(CHINA).toInstant()))
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", limit)
                .query((rs, row) -> new Evidence(
                        rs.getTimestamp("reported_at").toInstant(),
                        (rs.getBoolean("good") ? "✓ " : "✗ ") + rs.getString("tracking_code") + " "
                                + abbreviated(rs.getString("description")),
                        "/matters/" + rs.getObject("id", UUID.class)))
                .list();
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
