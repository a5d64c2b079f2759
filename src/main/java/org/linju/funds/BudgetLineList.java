package org.linju.funds;

import java.util.Map;
import java.util.function.Consumer;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The budget lines a viewer may see, as a list: those of areas in the viewer's scope, narrowed by the filters, in SQL. */
@Service
public class BudgetLineList {

    private static final Map<String, String> ORDER = Map.of(
            "year", "l.fiscal_year",
            "name", "l.name",
            "amount", "l.amount_fen",
            "spent", "l.spent_fen",
            "execution", "coalesce(l.spent_fen::numeric / nullif(l.amount_fen, 0), 0)",
            "status", "l.status");

    private final JdbcClient jdbc;

    BudgetLineList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListPage<BudgetLine> page(CurrentUser viewer, BudgetLineFilter filter) {
        ListRequest request = filter.request();
        return query(viewer, filter).page(request, ORDER.get(request.sort()), "l.id", BudgetLineStore::line);
    }

    /** Every line the filter matches, in order (an export). */
    @Transactional(readOnly = true)
    public void each(CurrentUser viewer, BudgetLineFilter filter, Consumer<BudgetLine> each) {
        ListRequest request = filter.request();
        query(viewer, filter).each(request, ORDER.get(request.sort()), "l.id", BudgetLineStore::line, each);
    }

    private ListQuery query(CurrentUser viewer, BudgetLineFilter filter) {
        FundsAccess.requireViewer(viewer);
        ListQuery.Condition scope =
                ListQuery.codesUnder("l.area_code", viewer.scope().sqlPatterns());
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        return ListQuery.of(jdbc, "select l.*", "from budget_line l")
                .where(scope.sql(), scope.values())
                .when(area == null ? null : area + "%", "area", "l.area_code like :area")
                .when(filter.year(), "year", "l.fiscal_year = :year")
                .when(filter.source() == null ? null : filter.source().name(), "source", "l.source = :source")
                .when(filter.status() == null ? null : filter.status().name(), "status", "l.status = :status");
    }
}
