package org.linju.emergency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergencies a viewer may see, as a list: those whose area overlaps the viewer's scope (lies in it, or holds part
 * of it: a district-wide emergency concerns every grid), narrowed by the filters, in SQL.
 */
@Service
public class EmergencyList {

    /** An area of the emergency (or plan, aliased {@code e} too) lies in the scope, or holds one of its roots. */
    static final String OVERLAPS_SCOPE = """
			exists (select 1 from unnest(e.area_codes) a
			        where a like any (cast(:patterns as text[])) or exists (
			              select 1 from unnest(cast(:roots as text[])) r where r like a || '%'))
			""";

    static final String OVERLAPS_AREA = """
			exists (select 1 from unnest(e.area_codes) a where a like :area || '%' or :area like a || '%')
			""";
    private static final Map<String, String> ORDER = Map.of(
            "declared", "e.declared_at",
            "title", "e.title",
            "kind", "e.kind",
            "level", "e.level",
            "state", "e.lifted_at is not null");

    private final JdbcClient jdbc;

    EmergencyList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListPage<Emergency> page(CurrentUser viewer, EmergencyFilter filter) {
        ListRequest request = filter.request();
        return query(viewer, filter).page(request, ORDER.get(request.sort()), "e.id", Emergencies::toEmergency);
    }

    /** Every emergency the filter matches, in order (an export). */
    @Transactional(readOnly = true)
    public void each(CurrentUser viewer, EmergencyFilter filter, Consumer<Emergency> each) {
        ListRequest request = filter.request();
        query(viewer, filter).each(request, ORDER.get(request.sort()), "e.id", Emergencies::toEmergency, each);
    }

    private ListQuery query(CurrentUser viewer, EmergencyFilter filter) {
        RegionCode area = filter.areaCode();
        DateRange declared = filter.declared();
        return ListQuery.of(jdbc, "select e.*", "from emergency e")
                .where(viewer.role() == Role.RESIDENT ? "false" : OVERLAPS_SCOPE, scope(viewer))
                .when(area == null ? null : area.value(), "area", OVERLAPS_AREA)
                .when(filter.level() == null ? null : filter.level().name(), "level", "e.level = :level")
                .when(filter.kind() == null ? null : filter.kind().name(), "kind", "e.kind = :kind")
                .when(Boolean.TRUE.equals(filter.active()), "e.lifted_at is null")
                .when(Boolean.FALSE.equals(filter.active()), "e.lifted_at is not null")
                .when(at(declared.start()), "since", "e.declared_at >= :since")
                .when(at(declared.end()), "until", "e.declared_at < :until");
    }

    /** The values {@link #OVERLAPS_SCOPE} binds. */
    static Map<String, Object> scope(CurrentUser viewer) {
        return Map.of(
                "patterns",
                viewer.scope().sqlPatterns(),
                "roots",
                viewer.scope().roots().stream().map(RegionCode::value).toArray(String[]::new));
    }

    /** Whether the viewer may take the list away as a file: those who command or coordinate. */
    public static boolean mayExport(CurrentUser viewer) {
        return Directives.COORDINATORS.contains(viewer.role());
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
