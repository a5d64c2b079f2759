package org.linju.funds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The monitoring report of a period: the lines of its fiscal year in the viewer's scope (by their area) with the
 * execution and attainment checks of the period, their alerts and explanations, and the accountability records of
 * the lines closed with targets missed.
 */
@Service
public class MonitoringReport {

    /** Who sees the report (and so budget execution): district administrators and street staff, in their scope. */
    public static final List<Role> READERS = List.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF);

    /** One check of the period, in percent and percentage points. */
    public record CheckRow(
            @Nullable String label, BigDecimal expected, BigDecimal actual, BigDecimal deviation, boolean within) {}

    /** One line of the report. */
    public record ReportLine(
            UUID id,
            String name,
            String areaCode,
            String status,
            long amountFen,
            @Nullable CheckRow execution,
            List<CheckRow> targets,
            List<AlertView> alerts) {}

    /** An accountability record (无效必问责) of a closed line. */
    public record AccountabilityRow(
            UUID lineId,
            String lineName,
            String areaCode,
            String accountableName,
            String measure,
            String measureText,
            String decidedBy,
            LocalDate decidedOn,
            String missedTargets) {}

    private static final Map<String, String> ORDER =
            Map.of("execution", "c.deviation", "name", "l.name", "area", "l.area_code");
    private static final Map<String, String> ALERT_STATE = Map.of(
            "OPEN", "a.cause is null and a.cleared_period is null",
            "EXPLAINED", "a.cause is not null and a.cleared_period is null",
            "CLEARED", "a.cleared_period is not null");

    private final JdbcClient jdbc;
    private final FundsAlerts alerts;

    MonitoringReport(JdbcClient jdbc, FundsAlerts alerts) {
        this.jdbc = jdbc;
        this.alerts = alerts;
    }

    public static boolean mayRead(CurrentUser user) {
        return READERS.contains(user.role());
    }

    public ListPage<ReportLine> page(CurrentUser viewer, MonitoringFilter filter, YearMonth period) {
        ListRequest request = filter.request();
        ListPage<LineRow> rows = query(viewer, filter, period)
                .page(request, ORDER.get(request.sort()), "l.id", MonitoringReport::lineRow);
        Map<UUID, List<CheckRow>> targets = targets(rows.rows(), period);
        Map<UUID, List<AlertView>> alertsOf = alerts.ofLines(ids(rows.rows()), period.toString()).stream()
                .collect(Collectors.groupingBy(AlertView::lineId));
        return rows.map(row -> new ReportLine(
                row.id(),
                row.name(),
                row.areaCode(),
                row.status(),
                row.amountFen(),
                row.execution(),
                targets.getOrDefault(row.id(), List.of()),
                alertsOf.getOrDefault(row.id(), List.of())));
    }

    /** Every line of the report (the Excel download), page by page. */
    public List<ReportLine> all(CurrentUser viewer, MonitoringFilter filter, YearMonth period) {
        List<ReportLine> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            MonitoringFilter next = new MonitoringFilter(
                    filter.period(),
                    filter.area(),
                    filter.alert(),
                    filter.behind(),
                    page,
                    ListRequest.MAX_SIZE,
                    filter.sort(),
                    filter.dir());
            ListPage<ReportLine> rows = page(viewer, next, period);
            all.addAll(rows.rows());
            if (!rows.hasNext()) {
                return all;
            }
        }
    }

    /** The accountability records of the period's fiscal year in the viewer's scope (and area). */
    public List<AccountabilityRow> accountability(CurrentUser viewer, MonitoringFilter filter, YearMonth period) {
        ListQuery.Condition scope =
                ListQuery.codesUnder("l.area_code", viewer.scope().sqlPatterns());
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        return jdbc.sql(
                        "select f.*, l.name, l.area_code from funds_accountability f join budget_line l on l.id = f.line_id"
                                + " where (" + scope.sql() + ") and l.fiscal_year = :year"
                                + (area == null ? "" : " and l.area_code like :area || '%'")
                                + " order by f.decided_on, l.id")
                .params(scope.values())
                .param("year", period.getYear())
                .params(area == null ? Map.of() : Map.of("area", area))
                .query((rs, row) -> new AccountabilityRow(
                        rs.getObject("line_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("area_code"),
                        rs.getString("accountable_name"),
                        rs.getString("measure"),
                        rs.getString("measure_text"),
                        rs.getString("decided_by"),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getString("missed_targets")))
                .list();
    }

    private ListQuery query(CurrentUser viewer, MonitoringFilter filter, YearMonth period) {
        ListQuery.Condition scope =
                ListQuery.codesUnder("l.area_code", viewer.scope().sqlPatterns());
        String state = filter.alertState();
        return ListQuery.of(
                        jdbc,
                        "select l.id, l.name, l.area_code, l.status, l.amount_fen, c.expected, c.actual,"
                                + " c.deviation, c.within_tolerance",
                        """
                        from budget_line l left join funds_monitoring_check c
                          on c.line_id = l.id and c.period = :period and c.check_key = 'EXECUTION'
                        """)
                .where(mayRead(viewer) ? scope.sql() : "false", scope.values())
                .where(
                        "l.fiscal_year = :year and l.status <> 'DRAFT'",
                        Map.of("year", period.getYear(), "period", period.toString()))
                .when(AreaChoices.narrowing(viewer.scope(), filter.area()), "area", "l.area_code like :area || '%'")
                .when(Boolean.TRUE.equals(filter.behind()), """
                        exists (select 1 from funds_monitoring_check x
                                where x.line_id = l.id and x.period = :period and not x.within_tolerance)""")
                .when(
                        state != null,
                        "exists (select 1 from funds_alert a where a.line_id = l.id"
                                + " and a.raised_period <= :period and "
                                + (state == null ? "true" : ALERT_STATE.get(state))
                                + ")");
    }

    private Map<UUID, List<CheckRow>> targets(List<LineRow> lines, YearMonth period) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        record Target(UUID line, CheckRow check) {}
        return jdbc
                .sql("""
                select c.line_id, t.name, c.expected, c.actual, c.deviation, c.within_tolerance
                from funds_monitoring_check c join performance_target t on t.id = c.target_id
                where c.line_id = any(?) and c.period = ? and c.check_type = 'TARGET' order by t.created_at, t.id
                """)
                .params(ids(lines).toArray(UUID[]::new), period.toString())
                .query((rs, row) -> new Target(rs.getObject("line_id", UUID.class), check(rs, rs.getString("name"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Target::line, Collectors.mapping(Target::check, Collectors.toList())));
    }

    private static List<UUID> ids(List<LineRow> lines) {
        return lines.stream().map(LineRow::id).toList();
    }

    private record LineRow(
            UUID id,
            String name,
            String areaCode,
            String status,
            long amountFen,
            @Nullable CheckRow execution) {}

    private static LineRow lineRow(ResultSet rs, int row) throws SQLException {
        return new LineRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("area_code"),
                rs.getString("status"),
                rs.getLong("amount_fen"),
                rs.getBigDecimal("expected") == null ? null : check(rs, null));
    }

    private static CheckRow check(ResultSet rs, @Nullable String label) throws SQLException {
        return new CheckRow(
                label,
                rs.getBigDecimal("expected"),
                rs.getBigDecimal("actual"),
                rs.getBigDecimal("deviation"),
                rs.getBoolean("within_tolerance"));
    }
}
