package org.linju.evaluation;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A cycle's ranking as a paged list, within the viewer's area (a street sees its grid leaders, a community its own, a
 * grid leader themselves), narrowed to an area and a grade, in SQL.
 */
@Service
public class Ranking {

    private static final String IN_SCOPE =
            "exists (select 1 from unnest(r.grid_codes) g where g like any (cast(:patterns as text[])))";
    private static final String IN_AREA = "exists (select 1 from unnest(r.grid_codes) g where g like :area || '%')";
    private static final Map<String, String> ORDER = Map.of(
            "rank", "r.rank",
            "name", "r.display_name",
            "measured", "r.measured",
            "adjusted", "r.adjusted");

    private final JdbcClient jdbc;

    Ranking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListPage<CycleResult> page(
            CurrentUser viewer,
            EvaluationCycle cycle,
            @Nullable String area,
            @Nullable Grade grade,
            ListRequest request) {
        EvaluationRoles.require(viewer, EvaluationRoles.READERS, "evaluation ranking");
        return ListQuery.of(jdbc, "select r.*", "from evaluation_result r")
                .where("r.cycle_id = :cycle", Map.of("cycle", cycle.id()))
                .where(IN_SCOPE, Map.of("patterns", viewer.scope().sqlPatterns()))
                .when(area, "area", IN_AREA)
                .when(grade == null ? null : grade.name(), "grade", "r.grade = :grade")
                .page(
                        request,
                        ORDER.getOrDefault(request.sort(), "r.rank"),
                        "r.username",
                        (rs, row) -> CycleStore.result(rs));
    }

    /** How many people the cycle rates, for "rank 12 of 208". */
    public long size(EvaluationCycle cycle) {
        return jdbc.sql("select count(*) from evaluation_result where cycle_id = ?")
                .param(cycle.id())
                .query(Long.class)
                .single();
    }
}
