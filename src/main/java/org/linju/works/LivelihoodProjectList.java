package org.linju.works;

import java.util.Map;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The projects in a viewer's area as a paged list, narrowed by status, theme, area and year, all in SQL. */
@Service
public class LivelihoodProjectList {

    private static final Map<String, String> ORDER = Map.of(
            "updated", "p.updated_at",
            "name", "p.name",
            "area", "p.area_code",
            "year", "p.year",
            "status", "p.status",
            "progress", "p.progress");

    private final JdbcClient jdbc;

    LivelihoodProjectList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListPage<LivelihoodProject> page(CurrentUser viewer, LivelihoodProjectFilter filter) {
        WorksAccess.requireViewer(viewer);
        ListQuery.Condition scope =
                ListQuery.codesUnder("p.area_code", viewer.scope().sqlPatterns());
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        Theme theme = filter.theme();
        return ListQuery.of(jdbc, "select p.*", "from livelihood_project p")
                .where(scope.sql(), scope.values())
                .when(filter.status() == null ? null : filter.status().name(), "status", "p.status = :status")
                .when(theme == null ? null : theme.name(), "theme", ":theme = any (p.themes)")
                .when(area, "area", "p.area_code like :area || '%'")
                .when(filter.year(), "year", "p.year = :year")
                .page(filter.request(), ORDER.get(filter.request().sort()), "p.id", ProjectStore::project);
    }
}
