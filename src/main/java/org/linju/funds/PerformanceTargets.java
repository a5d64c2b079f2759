package org.linju.funds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A line's performance targets (绩效目标) and their planned and actual values per month. */
@Service
public class PerformanceTargets {

    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    private final BudgetLines lines;
    private final JdbcClient jdbc;
    private final Clock clock;

    PerformanceTargets(BudgetLines lines, JdbcClient jdbc, Clock clock) {
        this.lines = lines;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UUID add(CurrentUser user, UUID lineId, NewTarget target) {
        BudgetLine line = lines.line(user, lineId);
        FundsAccess.requireManager(user, line);
        if (line.status() == LineStatus.CLOSED) {
            throw new FundsRefused("funds.line.closed");
        }
        String name = target.name() == null ? "" : target.name().strip();
        String unit = target.unit() == null ? "" : target.unit().strip();
        if (target.dimension() == null || name.isEmpty() || name.length() > 200 || unit.length() > 40) {
            throw new FundsRefused("funds.target.invalid");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
				insert into performance_target (id, line_id, category, dimension, name, unit, higher_is_better, baseline,
				    target, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        id,
                        lineId,
                        target.dimension().category(),
                        target.dimension().name(),
                        name,
                        unit,
                        target.higherIsBetter(),
                        value(target.baseline(), true),
                        value(target.target(), false),
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** Sets the planned and actual value of a target for a month (a later entry replaces the earlier one). */
    @Transactional
    public void record(
            CurrentUser user,
            UUID lineId,
            UUID targetId,
            @Nullable YearMonth period,
            @Nullable BigDecimal planned,
            @Nullable BigDecimal actual) {
        FundsAccess.requireManager(user, lines.line(user, lineId));
        if (period == null || (planned == null && actual == null)) {
            throw new FundsRefused("funds.value.invalid");
        }
        int updated = jdbc.sql("""
				insert into target_value (target_id, period, planned, actual, recorded_by, recorded_at)
				select t.id, :period, :planned, :actual, :by, :at from performance_target t
				where t.id = :target and t.line_id = :line
				on conflict (target_id, period) do update set planned = coalesce(excluded.planned, target_value.planned),
				    actual = coalesce(excluded.actual, target_value.actual), recorded_by = excluded.recorded_by,
				    recorded_at = excluded.recorded_at
				""")
                .param("period", period.toString())
                .param("planned", value(planned, true))
                .param("actual", value(actual, true))
                .param("by", user.getUsername())
                .param("at", Timestamp.from(clock.instant()))
                .param("target", targetId)
                .param("line", lineId)
                .update();
        if (updated == 0) {
            throw new FundsRefused("funds.value.noTarget");
        }
    }

    /** A line's targets, each with its values by month (oldest first) and its latest actual. */
    public List<Target> of(UUID lineId) {
        List<TargetValue> values = jdbc.sql("""
				select v.* from target_value v join performance_target t on t.id = v.target_id
				where t.line_id = ? order by v.period
				""")
                .param(lineId)
                .query((rs, row) -> new TargetValue(
                        rs.getObject("target_id", UUID.class),
                        YearMonth.parse(rs.getString("period")),
                        rs.getBigDecimal("planned"),
                        rs.getBigDecimal("actual")))
                .list();
        return jdbc.sql("select * from performance_target where line_id = ? order by created_at, id")
                .param(lineId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Target(
                            id,
                            TargetDimension.valueOf(rs.getString("dimension")),
                            rs.getString("name"),
                            rs.getString("unit"),
                            rs.getBoolean("higher_is_better"),
                            rs.getBigDecimal("baseline"),
                            rs.getBigDecimal("target"),
                            values.stream().filter(v -> v.targetId().equals(id)).toList());
                })
                .list();
    }

    private static @Nullable BigDecimal value(@Nullable BigDecimal value, boolean optional) {
        if (value == null) {
            if (optional) {
                return null;
            }
            throw new FundsRefused("funds.target.invalid");
        }
        if (value.abs().compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 4) {
            throw new FundsRefused("funds.value.range");
        }
        return value;
    }

    /** A target's value for one month. */
    public record TargetValue(
            UUID targetId,
            YearMonth period,
            @Nullable BigDecimal planned,
            @Nullable BigDecimal actual) {}

    /** A performance target with its values. */
    public record Target(
            UUID id,
            TargetDimension dimension,
            String name,
            String unit,
            boolean higherIsBetter,
            @Nullable BigDecimal baseline,
            BigDecimal target,
            List<TargetValue> values) {

        /** The latest month with an actual value, or null. */
        public @Nullable TargetValue latest() {
            return values.stream()
                    .filter(v -> v.actual() != null)
                    .reduce((first, second) -> second)
                    .orElse(null);
        }
    }
}
