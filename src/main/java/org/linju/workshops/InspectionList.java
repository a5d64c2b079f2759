package org.linju.workshops;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The inspections as a viewer may see them, in SQL: within their scope, and for anyone outside the supervision roles
 * only those carried out or past ({@link InspectionStore#visibleTo}), whatever the filters ask.
 */
@Service
public class InspectionList {

    private static final Map<String, String> ORDER = Map.of(
            "day", "i.day",
            "workshop", "w.name",
            "grid", "i.grid_code",
            "result", "i.result");

    private final JdbcClient jdbc;
    private final Clock clock;

    InspectionList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ListPage<Inspection> page(CurrentUser viewer, InspectionFilter filter) {
        WorkshopAccess.requireRegister(viewer);
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        DateRange.of(filter.from(), filter.to());
        LocalDate today = LocalDate.now(clock.withZone(DateRange.CHINA));
        ListQuery.Condition visible = InspectionStore.visibleTo(viewer, today);
        String state = filter.state();
        ListRequest request = filter.request();
        return ListQuery.of(jdbc, InspectionStore.SELECT, InspectionStore.FROM)
                .where(visible.sql(), visible.values())
                .when(area == null ? null : area + "%", "area", "i.grid_code like :area")
                .when("PLANNED".equals(state), "i.result is null")
                .when("PASSED".equals(state) || "FAILED".equals(state) ? state : null, "result", "i.result = :result")
                .when(filter.from(), "since", "i.day >= :since")
                .when(filter.to(), "until", "i.day <= :until")
                .page(request, ORDER.get(request.sort()), "i.id", (rs, row) -> InspectionStore.toInspection(rs));
    }
}
