package org.linju.works;

import java.util.Map;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The back streets in a viewer's area as a paged list, narrowed by year, area, target grade and demolition hold. */
@Service
public class BackStreetList {

    private static final Map<String, String> ORDER = Map.of(
            "name", "s.name",
            "area", "s.area_code",
            "year", "s.year",
            "length", "s.length_m",
            "target", "s.target_grade",
            "achieved", "s.achieved_grade");

    private final JdbcClient jdbc;

    BackStreetList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListPage<BackStreet> page(CurrentUser viewer, BackStreetFilter filter) {
        WorksAccess.requireViewer(viewer);
        ListQuery.Condition scope =
                ListQuery.codesUnder("s.area_code", viewer.scope().sqlPatterns());
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        return ListQuery.of(jdbc, "select s.*", "from back_street s")
                .where(scope.sql(), scope.values())
                .when(filter.year(), "year", "s.year = :year")
                .when(area, "area", "s.area_code like :area || '%'")
                .when(filter.grade() == null ? null : filter.grade().name(), "grade", "s.target_grade = :grade")
                .when(filter.held(), "held", "s.demolition_held = :held")
                .page(filter.request(), ORDER.get(filter.request().sort()), "s.id", BackStreetStore::street);
    }
}
