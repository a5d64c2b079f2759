package org.linju.funds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The alerts of the dual monitoring: read by the owner and the report's readers of the line's area, explained by the owner
 * alone (the cause and what will be corrected, both required).
 */
@Service
public class FundsAlerts {

    private static final int LONGEST = 1000;
    private static final String SELECT = """
            select a.*, l.name as line_name, l.area_code, t.name as target_name
            from funds_alert a join budget_line l on l.id = a.line_id
            left join performance_target t on t.id = a.target_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    FundsAlerts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One alert, for its owner or a reader of the monitoring report whose scope covers the line's area. */
    public AlertView alert(CurrentUser user, UUID id) {
        AlertView alert = jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query(FundsAlerts::row)
                .optional()
                .orElseThrow(() -> new OutOfScope("funds alert"));
        boolean reader = MonitoringReport.mayRead(user) && user.scope().covers(RegionCode.of(alert.areaCode()));
        if (!alert.ownerAccount().equals(user.getUsername()) && !reader) {
            throw new OutOfScope("funds alert");
        }
        return alert;
    }

    /** Whether this user may (still) explain the alert. */
    public static boolean mayExplain(CurrentUser user, AlertView alert) {
        return alert.ownerAccount().equals(user.getUsername()) && alert.cause() == null;
    }

    /** The owner's explanation: the cause and what will be corrected. */
    public void explain(CurrentUser user, UUID id, @Nullable String cause, @Nullable String correction) {
        AlertView alert = alert(user, id);
        if (!alert.ownerAccount().equals(user.getUsername())) {
            throw new OutOfScope("funds alert of another owner");
        }
        String why = required(cause, "funds.alert.causeRequired");
        String fix = required(correction, "funds.alert.correctionRequired");
        int updated = jdbc.sql("""
                update funds_alert set cause = ?, correction = ?, explained_by = ?, explained_at = ?
                where id = ? and cause is null
                """)
                .params(why, fix, user.getUsername(), Timestamp.from(clock.instant()), id)
                .update();
        if (updated == 0) {
            throw new MonitoringRefused("funds.alert.alreadyExplained");
        }
    }

    /** The alerts still waiting for this owner's explanation, oldest first. */
    public List<AlertView> awaitingExplanation(String owner) {
        return jdbc.sql(SELECT + " where a.owner_account = ? and a.cause is null order by a.raised_at, a.id")
                .param(owner)
                .query(FundsAlerts::row)
                .list();
    }

    /** The owners with alerts waiting for an explanation. */
    public List<String> ownersAwaiting() {
        return jdbc.sql("select distinct owner_account from funds_alert where cause is null order by owner_account")
                .query(String.class)
                .list();
    }

    /** The alerts of these lines raised by the period (a report's page), oldest first. */
    List<AlertView> ofLines(Collection<UUID> lines, String period) {
        if (lines.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.line_id = any(?) and a.raised_period <= ? order by a.raised_period, a.id")
                .params(lines.toArray(UUID[]::new), period)
                .query(FundsAlerts::row)
                .list();
    }

    static String required(@Nullable String text, String messageKey) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > LONGEST) {
            throw new MonitoringRefused(messageKey);
        }
        return value;
    }

    private static AlertView row(ResultSet rs, int row) throws SQLException {
        return new AlertView(
                rs.getObject("id", UUID.class),
                rs.getObject("line_id", UUID.class),
                rs.getString("line_name"),
                rs.getString("area_code"),
                rs.getString("check_type"),
                rs.getString("target_name"),
                rs.getString("raised_period"),
                rs.getBigDecimal("deviation"),
                rs.getString("owner_account"),
                instant(rs, "raised_at"),
                rs.getString("cause"),
                rs.getString("correction"),
                rs.getString("explained_by"),
                instant(rs, "explained_at"),
                rs.getString("cleared_period"),
                instant(rs, "cleared_at"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
