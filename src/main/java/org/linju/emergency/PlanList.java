package org.linju.emergency;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The plans a planner may see, as a list: each plan's latest version (with the version in force, if another) whose
 * area overlaps the viewer's scope, narrowed by the filters, in SQL.
 */
@Service
public class PlanList {

    /** A plan's latest version, and the version in force when that is an earlier one (or none yet). */
    public record Row(EmergencyPlan latest, @Nullable Integer inForce) {}

    private static final String SELECT = """
			select e.*, (select a.version from emergency_plan_version a
			             where a.plan_id = e.plan_id and a.state = 'APPROVED') as in_force""";

    private static final String LATEST =
            "e.version = (select max(x.version) from emergency_plan_version x where x.plan_id = e.plan_id)";

    private static final Map<String, String> ORDER = Map.of(
            "kind", "e.kind",
            "title", "e.title",
            "level", "e.level",
            "state", "e.state",
            "drafted", "e.drafted_at");

    private final JdbcClient jdbc;

    PlanList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListPage<Row> page(CurrentUser viewer, PlanFilter filter) {
        ListRequest request = filter.request();
        RegionCode area = filter.areaCode();
        return ListQuery.of(jdbc, SELECT, "from emergency_plan_version e")
                .where(LATEST, Map.of())
                .where(
                        EmergencyPlans.PLANNERS.contains(viewer.role()) ? EmergencyList.OVERLAPS_SCOPE : "false",
                        EmergencyList.scope(viewer))
                .when(area == null ? null : area.value(), "area", EmergencyList.OVERLAPS_AREA)
                .when(filter.kind() == null ? null : filter.kind().name(), "kind", "e.kind = :kind")
                .when(filter.level() == null ? null : filter.level().name(), "level", "e.level = :level")
                .when(filter.state() == null ? null : filter.state().name(), "state", "e.state = :state")
                .page(request, ORDER.get(request.sort()), "e.plan_id", (rs, row) -> {
                    Integer inForce = rs.getObject("in_force", Integer.class);
                    EmergencyPlan latest = PlanRows.toPlan(rs, row);
                    return new Row(latest, inForce == null || inForce == latest.version() ? null : inForce);
                });
    }
}
