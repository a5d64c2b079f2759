package org.linju.agenda;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.Role;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.linju.shared.Theme;
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

    /**
     * Residents' proposals for the community's lists still waiting for the committee (proposed or shortlisted), oldest
     * first: what a meeting of the community puts on its agenda. Only within the viewer's scope.
     */
    public List<AnnualItem> waitingProposals(GridScope viewer, String community, int limit) {
        return inCommunity(
                viewer,
                community,
                "i.proposer_address_index is not null and i.status in ('PROPOSED', 'SHORTLISTED')",
                "i.created_at, i.id",
                limit);
    }

    /** The community's items on a list and not yet done, newest year first: what a meeting decision may serve. */
    public List<AnnualItem> underWay(GridScope viewer, String community, int limit) {
        return inCommunity(
                viewer,
                community,
                "i.status in ('ADOPTED', 'IN_PROGRESS')",
                "i.year desc, coalesce(i.grid_code, i.community_code), i.title, i.id",
                limit);
    }

    /**
     * Items on a list (adopted, under way or done) serving one of {@code themes}, in the communities of the scope, newest
     * year first: what a livelihood project of the same themes shows beside it.
     */
    public List<AnnualItem> ofThemes(GridScope viewer, Collection<Theme> themes, int limit) {
        if (themes.isEmpty()) {
            return List.of();
        }
        ListQuery.Condition scope = ListQuery.codesUnder("i.community_code", viewer.sqlPatterns());
        Map<String, Object> values = new HashMap<>(scope.values());
        values.put("themes", themes.stream().map(Theme::name).toArray(String[]::new));
        values.put("limit", limit);
        return jdbc.sql("select i.* from annual_item i where (" + scope.sql()
                        + ") and i.themes && cast(:themes as text[])"
                        + " and i.status in ('ADOPTED', 'IN_PROGRESS', 'DONE') order by i.year desc, i.title, i.id"
                        + " limit :limit")
                .params(values)
                .query(AnnualItemStore::item)
                .list();
    }

    private List<AnnualItem> inCommunity(
            GridScope viewer, String community, String condition, String order, int limit) {
        ListQuery.Condition scope = ListQuery.codesUnder("i.community_code", viewer.sqlPatterns());
        Map<String, Object> values = new HashMap<>(scope.values());
        values.put("ancestors", viewer.ancestorCodes());
        values.put("community", community);
        values.put("limit", limit);
        return jdbc.sql("select i.* from annual_item i where i.community_code = :community and (" + scope.sql() + " or "
                        + IN_SCOPE + ") and " + condition + " order by " + order + " limit :limit")
                .params(values)
                .query(AnnualItemStore::item)
                .list();
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
