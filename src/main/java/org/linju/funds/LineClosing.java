package org.linju.funds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.ListQuery;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a line (ACTIVE → CLOSED) by a district administrator. A line with a target missed at close (its last
 * actual against the target, or no actual at all) closes only with an accountability record (无效必问责); a draft line
 * never closes.
 */
@Service
public class LineClosing {

    /** A line as the closing form shows it. */
    public record ClosingLine(UUID id, String name, String areaCode, String status, String ownerAccount) {}

    /** A target's final result: missed or not. */
    public record TargetResult(
            String name,
            String unit,
            BigDecimal target,
            @Nullable BigDecimal finalActual,
            boolean higherIsBetter) {

        public boolean missed() {
            return DeviationCheck.missed(finalActual, target, higherIsBetter);
        }
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;

    LineClosing(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Who may close lines: the district administrators. */
    public static boolean mayClose(CurrentUser user) {
        return user.role() == Role.DISTRICT_ADMIN;
    }

    public ClosingLine line(CurrentUser user, UUID id) {
        ClosingLine line = jdbc.sql("select id, name, area_code, status, owner_account from budget_line where id = ?")
                .param(id)
                .query((rs, row) -> new ClosingLine(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("area_code"),
                        rs.getString("status"),
                        rs.getString("owner_account")))
                .optional()
                .orElseThrow(() -> new OutOfScope("budget line"));
        if (!mayClose(user) || !user.scope().covers(RegionCode.of(line.areaCode()))) {
            throw new OutOfScope("budget line " + id);
        }
        return line;
    }

    /** The active lines in the user's scope of fiscal years before this one (left open past their year). */
    public List<UUID> activeBefore(CurrentUser user, int fiscalYear) {
        ListQuery.Condition scope =
                ListQuery.codesUnder("area_code", user.scope().sqlPatterns());
        return jdbc.sql("select id from budget_line where status = 'ACTIVE' and fiscal_year < :year and (" + scope.sql()
                        + ") order by fiscal_year, name, id")
                .param("year", fiscalYear)
                .params(scope.values())
                .query(UUID.class)
                .list();
    }

    public List<TargetResult> results(UUID lineId) {
        return jdbc.sql("""
                select t.name, t.unit, t.target, t.higher_is_better,
                       (select v.actual from target_value v where v.target_id = t.id and v.actual is not null
                        order by v.period desc limit 1) as final_actual
                from performance_target t where t.line_id = ? order by t.created_at, t.id
                """)
                .param(lineId)
                .query((rs, row) -> new TargetResult(
                        rs.getString("name"),
                        rs.getString("unit"),
                        rs.getBigDecimal("target"),
                        rs.getBigDecimal("final_actual"),
                        rs.getBoolean("higher_is_better")))
                .list();
    }

    /** The accounts one may hold accountable: the owner and the sign-ins within the line's area; username → name. */
    public Map<String, String> candidates(ClosingLine line) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> usernames = new ArrayList<>(List.of(line.ownerAccount()));
        usernames.addAll(accounts.usernamesWithin(GridScope.of(Set.of(RegionCode.of(line.areaCode())))));
        for (String username : usernames) {
            accounts.find(username)
                    .ifPresent(account -> names.putIfAbsent(username, account.displayName() + " (" + username + ")"));
        }
        return names;
    }

    /** Closes the line; with targets missed, only with a complete accountability record. */
    @Transactional
    public void close(CurrentUser user, UUID id, AccountabilityDraft draft) {
        ClosingLine line = line(user, id);
        String status = jdbc.sql("select status from budget_line where id = ? for update")
                .param(id)
                .query(String.class)
                .single();
        if (!"ACTIVE".equals(status)) {
            throw new MonitoringRefused("DRAFT".equals(status) ? "funds.close.draft" : "funds.close.closed");
        }
        List<String> missed = results(id).stream()
                .filter(TargetResult::missed)
                .map(TargetResult::name)
                .toList();
        if (!missed.isEmpty()) {
            record(user, line, draft, missed);
        }
        jdbc.sql("update budget_line set status = 'CLOSED', closed_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
    }

    private void record(CurrentUser user, ClosingLine line, AccountabilityDraft draft, List<String> missed) {
        String accountable = draft.accountable();
        String name = accountable == null ? null : candidates(line).get(accountable);
        if (name == null) {
            throw new MonitoringRefused("funds.close.accountableRequired");
        }
        if (draft.measure() == null || !AccountabilityDraft.MEASURES.contains(draft.measure())) {
            throw new MonitoringRefused("funds.close.measureRequired");
        }
        String text = FundsAlerts.required(draft.measureText(), "funds.close.measureTextRequired");
        String decidedBy = FundsAlerts.required(draft.decidedBy(), "funds.close.decidedByRequired");
        if (draft.decidedOn() == null || decidedBy.length() > 100) {
            throw new MonitoringRefused(
                    draft.decidedOn() == null ? "funds.close.decidedOnRequired" : "funds.close.decidedByRequired");
        }
        jdbc.sql("""
                insert into funds_accountability (line_id, accountable, accountable_name, measure, measure_text,
                    decided_by, decided_on, missed_targets, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        line.id(),
                        accountable,
                        name,
                        draft.measure(),
                        text,
                        decidedBy,
                        draft.decidedOn(),
                        String.join("；", missed),
                        user.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
