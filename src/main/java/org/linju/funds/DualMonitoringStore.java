package org.linju.funds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monitoring's reads of the budget-line tables and its own writes, in plain SQL. */
@Repository
class DualMonitoringStore {

    /** An active line as the monitoring reads it, with what it had paid by the period's end. */
    record MonitoredLine(UUID id, String name, int fiscalYear, long amountFen, long spentFen, String ownerAccount) {}

    /** A target of a line with its planned and actual value for one period. */
    record MonitoredTarget(
            UUID id,
            String name,
            boolean higherIsBetter,
            @Nullable BigDecimal baseline,
            BigDecimal target,
            @Nullable BigDecimal planned,
            @Nullable BigDecimal actual) {}

    private final JdbcClient jdbc;

    DualMonitoringStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lines active at the period's end whose fiscal year has begun, with the payments made until then. */
    List<MonitoredLine> activeLines(YearMonth period) {
        LocalDate end = period.atEndOfMonth();
        return jdbc.sql("""
                select l.id, l.name, l.fiscal_year, l.amount_fen, l.owner_account,
                       coalesce((select sum(p.amount_fen) from budget_payment p
                                 where p.line_id = l.id and p.paid_on <= :end), 0) as spent
                from budget_line l
                where l.status = 'ACTIVE' and l.fiscal_year <= :year
                  and (l.activated_at is null or l.activated_at < :after)
                order by l.id
                """)
                .param("end", end)
                .param("year", period.getYear())
                .param("after", Timestamp.from(MonitoringPeriods.endOf(period)))
                .query((rs, row) -> new MonitoredLine(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("fiscal_year"),
                        rs.getLong("amount_fen"),
                        rs.getLong("spent"),
                        rs.getString("owner_account")))
                .list();
    }

    List<MonitoredTarget> targets(UUID lineId, YearMonth period) {
        return jdbc.sql("""
                select t.id, t.name, t.higher_is_better, t.baseline, t.target, v.planned, v.actual
                from performance_target t
                left join target_value v on v.target_id = t.id and v.period = :period
                where t.line_id = :line order by t.created_at, t.id
                """)
                .param("period", period.toString())
                .param("line", lineId)
                .query((rs, row) -> new MonitoredTarget(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getBoolean("higher_is_better"),
                        rs.getBigDecimal("baseline"),
                        rs.getBigDecimal("target"),
                        rs.getBigDecimal("planned"),
                        rs.getBigDecimal("actual")))
                .list();
    }

    /** Records a check unless one exists for this line, period and check: true when this call recorded it. */
    boolean record(
            UUID line,
            YearMonth period,
            CheckKey key,
            DeviationCheck.Outcome outcome,
            BigDecimal tolerance,
            Instant at) {
        return jdbc.sql("""
                insert into funds_monitoring_check (line_id, period, check_key, check_type, target_id, expected, actual,
                    deviation, within_tolerance, tolerance, checked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """)
                        .params(
                                line,
                                period.toString(),
                                key.key(),
                                key.type(),
                                key.targetId(),
                                outcome.expected(),
                                outcome.actual(),
                                outcome.deviation(),
                                outcome.withinTolerance(),
                                tolerance,
                                Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Opens an alert unless one is open for this line and check: its id when this call opened it. */
    Optional<UUID> raise(MonitoredLine line, YearMonth period, CheckKey key, BigDecimal deviation, Instant at) {
        UUID id = UUID.randomUUID();
        int added = jdbc.sql("""
                insert into funds_alert (id, line_id, check_key, check_type, target_id, raised_period, deviation,
                    owner_account, raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """)
                .params(
                        id,
                        line.id(),
                        key.key(),
                        key.type(),
                        key.targetId(),
                        period.toString(),
                        deviation,
                        line.ownerAccount(),
                        Timestamp.from(at))
                .update();
        return added == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Clears the open alert of this line and check raised before the period: true when there was one. */
    boolean clear(UUID line, YearMonth period, CheckKey key, Instant at) {
        return jdbc.sql("""
                update funds_alert set cleared_period = ?, cleared_at = ?
                where line_id = ? and check_key = ? and cleared_period is null and raised_period < ?
                """)
                        .params(period.toString(), Timestamp.from(at), line, key.key(), period.toString())
                        .update()
                == 1;
    }

    /** What a check is about: the line's execution, or one of its targets. */
    record CheckKey(String type, @Nullable UUID targetId) {

        static final CheckKey EXECUTION = new CheckKey("EXECUTION", null);

        static CheckKey target(UUID id) {
            return new CheckKey("TARGET", id);
        }

        String key() {
            return targetId == null ? type : targetId.toString();
        }
    }
}
