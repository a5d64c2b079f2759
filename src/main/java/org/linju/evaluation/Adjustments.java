package org.linju.evaluation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors' adjustments (street and community staff, and the district admin, within their area): up to 20 points
 * either way, each with a written reason, never on oneself; the ranks and grades follow at once.
 */
@Service
public class Adjustments {

    static final BigDecimal LIMIT = BigDecimal.valueOf(20);

    private final CycleStore cycles;
    private final ResultStore results;
    private final Cycles grading;
    private final JdbcClient jdbc;
    private final Clock clock;

    Adjustments(CycleStore cycles, ResultStore results, Cycles grading, JdbcClient jdbc, Clock clock) {
        this.cycles = cycles;
        this.results = results;
        this.grading = grading;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void adjust(CurrentUser supervisor, UUID cycleId, UUID account, @Nullable BigDecimal points, String reason) {
        cycles.openForWrite(cycleId);
        CycleResult result = supervised(supervisor, cycleId, account);
        record(cycleId, result.accountId(), checked(points), reason, supervisor.getUsername(), null);
        grading.regrade(cycleId);
    }

    /** The person's result, when the supervisor may act on it. */
    CycleResult supervised(CurrentUser supervisor, UUID cycleId, UUID account) {
        EvaluationRoles.require(supervisor, EvaluationRoles.SUPERVISORS, "evaluation adjustment");
        CycleResult result =
                results.result(cycleId, account).orElseThrow(() -> new OutOfScope("evaluation result " + account));
        if (!EvaluationRoles.covers(supervisor, result.grids())) {
            throw new OutOfScope("evaluation result " + account);
        }
        if (supervisor.id().equals(account)) {
            throw new EvaluationRefused("evaluation.refused.self");
        }
        return result;
    }

    static BigDecimal checked(@Nullable BigDecimal points) {
        if (points == null || points.signum() == 0 || points.abs().compareTo(LIMIT) > 0) {
            throw new EvaluationRefused("evaluation.refused.points");
        }
        return points;
    }

    void record(UUID cycleId, UUID account, BigDecimal points, String reason, String by, @Nullable UUID appeal) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new EvaluationRefused("evaluation.refused.reason");
        }
        jdbc.sql("""
				insert into evaluation_adjustment (id, cycle_id, account_id, points, reason, made_by, made_at, appeal_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        UUID.randomUUID(),
                        cycleId,
                        account,
                        points,
                        reason.strip(),
                        by,
                        Timestamp.from(clock.instant()),
                        appeal)
                .update();
    }

    /** Who adjusted this person's score in the cycle: they may not decide the person's appeal. */
    List<String> adjusters(UUID cycleId, UUID account) {
        return jdbc.sql("select distinct made_by from evaluation_adjustment where cycle_id = ? and account_id = ?")
                .params(cycleId, account)
                .query(String.class)
                .list();
    }

    public List<Adjustment> of(UUID cycleId, UUID account) {
        return jdbc.sql("select * from evaluation_adjustment where cycle_id = ? and account_id = ? order by made_at")
                .params(cycleId, account)
                .query((rs, row) -> new Adjustment(
                        rs.getObject("id", UUID.class),
                        rs.getBigDecimal("points"),
                        rs.getString("reason"),
                        rs.getString("made_by"),
                        rs.getTimestamp("made_at").toInstant(),
                        rs.getObject("appeal_id", UUID.class)))
                .list();
    }
}
