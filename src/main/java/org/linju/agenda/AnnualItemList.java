package org.linju.agenda;

import java.util.HashMap;
import java.util.Map;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The items a viewer may see, as a paged list: those of the communities in their scope, and of the community their
 * grid lies in; narrowed by year, area and status, in SQL.
 */
@Service
public class AnnualItemList {

    private static final Map<String, String> ORDER = Map.of(
            "area", "coalesce(i.grid_code, i.community_code)",
            "year", "i.year",
            "title", "i.title",
            "status", "i.status",
            "progress", "i.progress");

    /** The community of a grid in scope: its list concerns the grid's staff too. */
    private static final String IN_SCOPE = "i.community_code = any (cast(:ancestors as text[]))";

    private final JdbcClient jdbc;

    AnnualItemList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListPage<AnnualItem> page(CurrentUser viewer, AnnualItemFilter filter) {
        return query(viewer, filter).page(filter.request(), order(filter.request()), "i.id", AnnualItemStore::item);
    }

    /** The candidates (proposed or shortlisted) waiting for the committee's decision. */
    public ListPage<AnnualItem> candidates(CurrentUser viewer, AnnualItemFilter filter) {
        return query(viewer, filter)
                .when(true, "i.status in ('PROPOSED', 'SHORTLISTED')")
                .page(filter.request(), order(filter.request()), "i.id", AnnualItemStore::item);
    }

    private static String order(ListRequest request) {
        return ORDER.get(request.sort());
    }

    private static Map<String, Object> scoped(CurrentUser viewer, ListQuery.Condition scope) {
        Map<String, Object> values = new HashMap<>(scope.values());
        values.put("ancestors", viewer.scope().ancestorCodes());
        return values;
    }

    private ListQuery query(CurrentUser viewer, AnnualItemFilter filter) {
        ListQuery.Condition scope =
                ListQuery.codesUnder("i.community_code", viewer.scope().sqlPatterns());
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        return ListQuery.of(jdbc, "select i.*", "from annual_item i")
                .where(
                        viewer.role() == Role.RESIDENT ? "false" : scope.sql() + " or " + IN_SCOPE,
                        scoped(viewer, scope))
                .when(filter.year(), "year", "i.year = :year")
                .when(area, "area", "coalesce(i.grid_code, i.community_code) like :area || '%'")
                .when(filter.status() == null ? null : filter.status().name(), "status", "i.status = :status");
    }
}
