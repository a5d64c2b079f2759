package org.linju.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The register as a viewer may see it, in SQL: the notices about them, their office's, and, for leaders, those about
 * the grids of their area; narrowed by the filters.
 */
@Service
public class NoticeList {

    private static final Map<String, String> ORDER = Map.of(
            "issued", "n.issued_at",
            "deadline", "n.deadline",
            "points", "n.points",
            "grid", "n.grid_code",
            "state", "n.state");

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The register: every notice the viewer may see. */
    public ListPage<Notice> page(CurrentUser viewer, NoticeFilter filter) {
        return page(query(viewer, filter, visible(viewer)), filter);
    }

    /** "My notices": those about the viewer, and for a grid leader those about their grid as a whole. */
    public ListPage<Notice> mine(CurrentUser viewer, NoticeFilter filter) {
        ListQuery.Condition grid =
                ListQuery.codesUnder("n.grid_code", viewer.scope().sqlPatterns());
        String leads = viewer.role() == Role.GRID_LEADER ? grid.sql() : "false";
        Map<String, Object> values = new HashMap<>(grid.values());
        values.put("me", viewer.id());
        ListQuery.Condition condition =
                new ListQuery.Condition("n.person_id = :me or (n.person_id is null and (" + leads + "))", values);
        return page(query(viewer, filter, condition), filter);
    }

    private static ListPage<Notice> page(ListQuery query, NoticeFilter filter) {
        ListRequest request = filter.request();
        return query.page(request, ORDER.get(request.sort()), "n.id", NoticeStore::toNotice);
    }

    private static ListQuery.Condition visible(CurrentUser viewer) {
        ListQuery.Condition area =
                ListQuery.codesUnder("n.grid_code", viewer.scope().sqlPatterns());
        String leads = SupervisionAccess.LEADERS.contains(viewer.role()) ? area.sql() : "false";
        Map<String, Object> values = new HashMap<>(area.values());
        values.put("me", viewer.id());
        values.put(
                "office",
                SupervisionAccess.officeOf(viewer)
                        .map(SupervisionOffice::departmentCode)
                        .orElse(""));
        return new ListQuery.Condition("n.person_id = :me or n.office_code = :office or (" + leads + ")", values);
    }

    private ListQuery query(CurrentUser viewer, NoticeFilter filter, ListQuery.Condition visible) {
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        DateRange.of(filter.from(), filter.to()); // refuses a date off the calendar (400)
        LocalDate today = LocalDate.now(clock.withZone(DateRange.CHINA));
        return ListQuery.of(jdbc, "select n.*", "from supervision_notice n")
                .where(visible.sql(), visible.values())
                .when(area == null ? null : area + "%", "area", "n.grid_code like :area")
                .when(
                        filter.office() == null ? null : filter.office().departmentCode(),
                        "office_filter",
                        "n.office_code = :office_filter")
                .when(filter.stateName(), "state", "n.state = :state")
                .when(filter.overdueOnly() ? today : null, "today", "n.deadline < coalesce(n.closed_on, :today)")
                .when(filter.from(), "since", "n.issued_on >= :since")
                .when(filter.to(), "until", "n.issued_on <= :until");
    }
}
