package org.linju.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals: a rated person appeals their result until the cycle's appeal window closes, one open appeal at a time;
 * someone else decides it (a supervisor of their area who is neither the appellant nor anyone who adjusted their
 * score). An upheld appeal adds the decided points to the score, and the whole cycle's ranks and grades follow.
 */
@Service
public class Appeals {

    private static final String SELECT = "select p.*, r.username, r.display_name";
    private static final String FROM =
            "from evaluation_appeal p join evaluation_result r on r.cycle_id = p.cycle_id and r.account_id = p.account_id";
    private static final String IN_SCOPE =
            "exists (select 1 from unnest(r.grid_codes) g where g like any (cast(:patterns as text[])))";
    private static final Map<String, String> ORDER = Map.of("filed", "p.filed_at", "state", "p.state");

    private final CycleStore cycles;
    private final ResultStore results;
    private final Adjustments adjustments;
    private final Cycles grading;
    private final JdbcClient jdbc;
    private final Clock clock;

    Appeals(
            CycleStore cycles,
            ResultStore results,
            Adjustments adjustments,
            Cycles grading,
            JdbcClient jdbc,
            Clock clock) {
        this.cycles = cycles;
        this.results = results;
        this.adjustments = adjustments;
        this.grading = grading;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UUID file(CurrentUser appellant, UUID cycleId, String reason) {
        EvaluationCycle cycle = cycles.openForWrite(cycleId);
        results.result(cycleId, appellant.id()).orElseThrow(() -> new EvaluationRefused("evaluation.refused.notRated"));
        if (LocalDate.now(clock.withZone(Cycles.CHINA)).isAfter(cycle.appealsUntil())) {
            throw new EvaluationRefused("evaluation.refused.appealClosed");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
            throw new EvaluationRefused("evaluation.refused.reason");
        }
        if (list(cycleId, appellant.id()).stream().anyMatch(Appeal::open)) {
            throw new EvaluationRefused("evaluation.refused.appealPending");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into evaluation_appeal (id, cycle_id, account_id, reason, filed_at) values (?, ?, ?, ?, ?)")
                .params(id, cycleId, appellant.id(), reason.strip(), Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** Decides an open appeal; upheld ones change the score by {@code points} (the decision is the reason). */
    @Transactional
    public void decide(
            CurrentUser decider, UUID appealId, boolean upheld, @Nullable BigDecimal points, String decision) {
        Appeal appeal = find(appealId);
        cycles.openForWrite(appeal.cycleId());
        adjustments.supervised(decider, appeal.cycleId(), appeal.accountId());
        if (!appeal.open()) {
            throw new EvaluationRefused("evaluation.refused.appealDecided");
        }
        if (decider.getUsername().equals(appeal.username())
                || adjustments.adjusters(appeal.cycleId(), appeal.accountId()).contains(decider.getUsername())) {
            throw new EvaluationRefused("evaluation.refused.notImpartial");
        }
        BigDecimal change = upheld ? Adjustments.checked(points) : null;
        if (upheld) {
            adjustments.record(appeal.cycleId(), appeal.accountId(), change, decision, decider.getUsername(), appealId);
        } else if (decision == null || decision.isBlank() || decision.strip().length() > 2000) {
            throw new EvaluationRefused("evaluation.refused.reason");
        }
        jdbc.sql("""
				update evaluation_appeal set state = ?, decided_by = ?, decided_at = ?, decision = ?, points = ?
				where id = ?
				""")
                .params(
                        upheld ? "UPHELD" : "REJECTED",
                        decider.getUsername(),
                        Timestamp.from(clock.instant()),
                        decision.strip(),
                        change,
                        appealId)
                .update();
        grading.regrade(appeal.cycleId());
    }

    /** The appeals queue: appeals about people in the viewer's area, open ones first by default. */
    public ListPage<Appeal> queue(CurrentUser viewer, @Nullable String state, ListRequest request) {
        EvaluationRoles.require(viewer, EvaluationRoles.SUPERVISORS, "evaluation appeals");
        return ListQuery.of(jdbc, SELECT, FROM)
                .where(IN_SCOPE, Map.of("patterns", viewer.scope().sqlPatterns()))
                .when(state, "state", "p.state = :state")
                .page(request, ORDER.getOrDefault(request.sort(), "p.filed_at"), "p.id", (rs, row) -> appeal(rs));
    }

    public List<Appeal> list(UUID cycleId, UUID account) {
        return jdbc.sql(SELECT + " " + FROM + " where p.cycle_id = ? and p.account_id = ? order by p.filed_at")
                .params(cycleId, account)
                .query((rs, row) -> appeal(rs))
                .list();
    }

    private Appeal find(UUID id) {
        return jdbc.sql(SELECT + " " + FROM + " where p.id = ?")
                .param(id)
                .query((rs, row) -> appeal(rs))
                .optional()
                .orElseThrow(() -> new OutOfScope("appeal " + id));
    }

    private static Appeal appeal(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Appeal(
                rs.getObject("id", UUID.class),
                rs.getObject("cycle_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("reason"),
                rs.getTimestamp("filed_at").toInstant(),
                Appeal.State.valueOf(rs.getString("state")),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                rs.getString("decision"),
                rs.getBigDecimal("points"));
    }
}
