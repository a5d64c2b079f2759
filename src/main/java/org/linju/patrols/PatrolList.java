package org.linju.patrols;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.shared.DateRange;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The patrols a leader may see, as a list: those in grids of their scope, narrowed by the filters, in SQL. */
@Service
public class PatrolList {

    private static final Map<String, String> ORDER = Map.of(
            "started", "p.started_at",
            "worker", "p.worker_name",
            "grid", "p.grid_code",
            "minutes", "coalesce(p.ended_at, p.started_at) - p.started_at",
            "visits", "visits");

    private final JdbcClient jdbc;

    PatrolList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether {@code viewer} may open the list at all (grid workers see their own day instead). */
    public static boolean mayList(CurrentUser viewer) {
        return PatrolPolicy.leads(viewer);
    }

    public ListPage<Patrol> page(CurrentUser viewer, PatrolFilter filter) {
        if (!mayList(viewer)) {
            throw new OutOfScope("patrol list");
        }
        ListRequest request = filter.request();
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        DateRange started = filter.started();
        ListQuery.Condition scope =
                ListQuery.codesUnder("p.grid_code", viewer.scope().sqlPatterns());
        return ListQuery.of(jdbc, "select " + PatrolStore.PATROL_COLUMNS, "from patrol p")
                .where(scope.sql(), scope.values())
                .when(area == null ? null : area + "%", "area", "p.grid_code like :area")
                .when(
                        filter.worker() == null ? null : ListQuery.containing(filter.worker()),
                        "worker",
                        "p.worker_name like :worker")
                .when(at(started.start()), "since", "p.started_at >= :since")
                .when(at(started.end()), "until", "p.started_at < :until")
                .page(request, ORDER.get(request.sort()), "p.id", PatrolStore::patrol);
    }

    private static @Nullable Timestamp at(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
