package org.linju.registry;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.shared.DateRange;
import org.linju.shared.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The burden report (减负): per department and month (China time), the tasks pushed to the grids a viewer may see,
 * one per grid, by outcome, and what the purchases for tasks outside the list amount to.
 */
@Service
public class BurdenReport {

    private final JdbcClient jdbc;
    private final Departments departments;

    BurdenReport(JdbcClient jdbc, Departments departments) {
        this.jdbc = jdbc;
        this.departments = departments;
    }

    /** Who may read it: those who push tasks, and those who answer for the grids' load. */
    public static boolean mayRead(CurrentUser viewer) {
        return RegistryNavigation.BURDEN_READERS.contains(viewer.role());
    }

    public List<BurdenRow> rows(CurrentUser viewer, BurdenFilter filter) {
        Where where = where(viewer, filter);
        Map<String, Department> named =
                departments.all().stream().collect(Collectors.toMap(Department::code, department -> department));
        // A purchase funds its task in every grid it went to: its amount counts once, on the batch's first row.
        return jdbc.sql("""
				with t as (select t.*, row_number() over (partition by t.purchase_id order by t.id) as nth
				           from grid_task t""" + where.sql + """
				)
				select t.department_code, to_char(t.assigned_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
				       count(*) filter (where t.outcome = 'ADMITTED') as admitted,
				       count(*) filter (where t.outcome = 'REFUSED') as refused,
				       count(*) filter (where t.outcome = 'FUNDED') as funded,
				       coalesce(sum(p.amount_fen) filter (where t.nth = 1), 0) as funded_fen
				from t left join service_purchase p on p.id = t.purchase_id
				group by 1, 2 order by 2 desc, 1
				""")
                .params(where.params)
                .query((rs, row) -> new BurdenRow(
                        rs.getString("department_code"),
                        nameOf(named.get(rs.getString("department_code")), rs.getString("department_code")),
                        YearMonth.parse(rs.getString("month")),
                        rs.getLong("admitted"),
                        rs.getLong("refused"),
                        rs.getLong("funded"),
                        rs.getLong("funded_fen")))
                .list();
    }

    private static String nameOf(@Nullable Department department, String code) {
        return department == null ? code : department.name();
    }

    private static Where where(CurrentUser viewer, BurdenFilter filter) {
        ListQuery.Condition scope =
                ListQuery.codesUnder("t.grid_code", viewer.scope().sqlPatterns());
        YearMonth after = filter.to() == null ? null : filter.to().plusMonths(1);
        return new Where(scope)
                .and("department", TaskList.ownDepartment(viewer), "t.department_code = :department")
                .and("chosen", filter.department(), "t.department_code = :chosen")
                .and("area", AreaChoices.narrowing(viewer.scope(), filter.area()), "t.grid_code like :area || '%'")
                .and("since", start(filter.from()), "t.assigned_at >= :since")
                .and("until", start(after), "t.assigned_at < :until");
    }

    /** The report's conditions: the scope always, each filter only when set, every value bound. */
    private static final class Where {

        private final StringBuilder sql = new StringBuilder(" where ");
        private final Map<String, Object> params = new HashMap<>();

        Where(ListQuery.Condition scope) {
            sql.append('(').append(scope.sql()).append(')');
            params.putAll(scope.values());
        }

        Where and(String name, @Nullable Object value, String condition) {
            if (value != null && !(value instanceof String text && text.isBlank())) {
                sql.append(" and (").append(condition).append(')');
                params.put(name, value instanceof String text ? text.strip() : value);
            }
            return this;
        }
    }

    private static @Nullable Timestamp start(@Nullable YearMonth month) {
        return month == null
                ? null
                : Timestamp.from(month.atDay(1).atStartOfDay(DateRange.CHINA).toInstant());
    }
}
