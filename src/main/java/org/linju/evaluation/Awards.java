package org.linju.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.Bimonth;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of commendations and promotions (表彰、提拔): each names a result of a locked cycle, so it rests on
 * a final grade; registered by the district admin or street staff for people in their area.
 */
@Service
public class Awards {

    private static final String SELECT = "select w.*, c.cycle, r.username, r.display_name, r.grade, r.rank";
    private static final String FROM = """
			from evaluation_award w join evaluation_cycle c on c.id = w.cycle_id
			join evaluation_result r on r.cycle_id = w.cycle_id and r.account_id = w.account_id""";
    private static final String IN_SCOPE =
            "exists (select 1 from unnest(r.grid_codes) g where g like any (cast(:patterns as text[])))";
    private static final Map<String, String> ORDER =
            Map.of("registered", "w.registered_at", "kind", "w.kind", "cycle", "c.cycle");

    private final CycleStore cycles;
    private final ResultStore results;
    private final JdbcClient jdbc;
    private final Clock clock;

    Awards(CycleStore cycles, ResultStore results, JdbcClient jdbc, Clock clock) {
        this.cycles = cycles;
        this.results = results;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UUID register(CurrentUser registrar, UUID cycleId, UUID account, Award.Kind kind, String title) {
        EvaluationRoles.require(registrar, EvaluationRoles.AWARDERS, "evaluation awards");
        EvaluationCycle cycle = cycles.find(cycleId).orElseThrow(() -> new OutOfScope("evaluation cycle"));
        if (!cycle.locked()) {
            throw new EvaluationRefused("evaluation.refused.notLocked");
        }
        CycleResult result = results.result(cycleId, account).orElseThrow(() -> new OutOfScope("evaluation result"));
        if (!EvaluationRoles.covers(registrar, result.grids())) {
            throw new OutOfScope("evaluation result " + account);
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new EvaluationRefused("evaluation.refused.title");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
				insert into evaluation_award (id, cycle_id, account_id, kind, title, registered_by, registered_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        id,
                        cycleId,
                        account,
                        kind.name(),
                        title.strip(),
                        registrar.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** The register within the viewer's area, newest first by default. */
    public ListPage<Award> page(CurrentUser viewer, Award.@Nullable Kind kind, ListRequest request) {
        EvaluationRoles.require(viewer, EvaluationRoles.READERS, "evaluation awards");
        return ListQuery.of(jdbc, SELECT, FROM)
                .where(IN_SCOPE, Map.of("patterns", viewer.scope().sqlPatterns()))
                .when(kind == null ? null : kind.name(), "kind", "w.kind = :kind")
                .page(request, ORDER.getOrDefault(request.sort(), "w.registered_at"), "w.id", (rs, row) -> award(rs));
    }

    public List<Award> of(UUID cycleId, UUID account) {
        return jdbc.sql(SELECT + " " + FROM + " where w.cycle_id = ? and w.account_id = ? order by w.registered_at")
                .params(cycleId, account)
                .query((rs, row) -> award(rs))
                .list();
    }

    private static Award award(ResultSet rs) throws SQLException {
        return new Award(
                rs.getObject("id", UUID.class),
                rs.getObject("cycle_id", UUID.class),
                Bimonth.parse(rs.getString("cycle")),
                rs.getObject("account_id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                Grade.valueOf(rs.getString("grade")),
                rs.getInt("rank"),
                Award.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("registered_by"),
                rs.getTimestamp("registered_at").toInstant());
    }
}
