package org.linju.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The tasks that went through to the grids a viewer may see (refused ones never reach a grid), filtered in SQL; a
 * department's staff see their own department's tasks only.
 */
@Service
public class TaskList {

    private static final Map<String, String> ORDER = Map.of(
            "assigned", "t.assigned_at",
            "deadline", "t.deadline",
            "title", "t.title",
            "grid", "t.grid_code");

    private final JdbcClient jdbc;

    TaskList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListPage<GridTask> page(CurrentUser viewer, TaskFilter filter) {
        ListRequest request = filter.request();
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        ListQuery.Condition scope =
                ListQuery.codesUnder("t.grid_code", viewer.scope().sqlPatterns());
        return ListQuery.of(jdbc, "select t.*", "from grid_task t")
                .where(viewer.role() == Role.RESIDENT ? "false" : scope.sql(), scope.values())
                .when(true, "t.outcome <> 'REFUSED'")
                .when(ownDepartment(viewer), "department", "t.department_code = :department")
                .when(area, "area", "t.grid_code like :area || '%'")
                .when(filter.department(), "filterDepartment", "t.department_code = :filterDepartment")
                .when(filter.outcome() == null ? null : filter.outcome().name(), "outcome", "t.outcome = :outcome")
                .page(request, ORDER.get(request.sort()), "t.id", TaskList::task);
    }

    /** A department's staff see their own department's tasks (and rows) only; others every department's. */
    static @Nullable String ownDepartment(CurrentUser viewer) {
        if (viewer.role() != Role.DEPARTMENT_STAFF) {
            return null;
        }
        // A department's staff without a department see nothing: a code no department has.
        return viewer.departmentCode() == null ? "-" : viewer.departmentCode();
    }

    private static GridTask task(ResultSet rs, int row) throws SQLException {
        return new GridTask(
                rs.getString("grid_code"),
                rs.getString("department_code"),
                rs.getString("item_code"),
                rs.getString("title"),
                rs.getObject("deadline", LocalDate.class),
                TaskOutcome.valueOf(rs.getString("outcome")),
                rs.getString("assigned_by"),
                rs.getTimestamp("assigned_at").toInstant());
    }
}
