package org.linju.disclosure;

import java.util.Map;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The items in the publish workflow a member of staff may see: those whose area lies in their scope, in SQL. */
@Service
class DisclosureList {

    private static final Map<String, String> ORDER = Map.of(
            "drafted", "i.drafted_at",
            "title", "i.title",
            "kind", "i.kind",
            "state", "i.state",
            "area", "i.area_code");

    private final JdbcClient jdbc;

    DisclosureList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ListPage<DisclosureRecord> page(CurrentUser viewer, DisclosureFilter filter) {
        ListRequest request = filter.request();
        String area = filter.area() == null || filter.area().isBlank()
                ? null
                : RegionCode.of(filter.area().strip()).value();
        return ListQuery.of(jdbc, "select i.*", "from disclosure_item i")
                .where(
                        "i.area_code like any (cast(:patterns as text[]))",
                        Map.of("patterns", viewer.scope().sqlPatterns()))
                .when(filter.state() == null ? null : filter.state().name(), "state", "i.state = :state")
                .when(filter.kind() == null || filter.kind().isBlank() ? null : filter.kind(), "kind", "i.kind = :kind")
                .when(area, "area", "i.area_code like :area || '%'")
                .page(request, ORDER.get(request.sort()), "i.id", DisclosureRecord::of);
    }
}
