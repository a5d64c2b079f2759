package org.linju.matters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matters list: the caller's scope in SQL (their grids and regions; for district admins also the matters no grid
 * was found for; for department staff also the red matters handed to their department), narrowed by every filter
 * set, one page at a time in the order asked for, or all of it for an export.
 */
@Repository
class MatterList {

    /** A row of the list: what the table shows of a matter. */
    record Row(
            UUID id,
            String trackingCode,
            String categoryName,
            Stage stage,
            @Nullable Colour colour,
            @Nullable String gridCode,
            Instant reportedAt,
            @Nullable Instant resolveDue,
            boolean overdue) {}

    static final String OPEN = "m.stage not in ('RESOLVED', 'VERIFIED', 'STRUCK_OFF', 'VOIDED', 'DEFERRED', 'MERGED')";

    private static final Map<String, String> ORDER = Map.of(
            "reported", "m.reported_at",
            "deadline", WaitingFor.CURRENT_DUE,
            "stage", "array_position(array[" + names(Stage.values()) + "], cast(m.stage as text))",
            "colour", "array_position(array[" + names(Colour.values()) + "], cast(m.colour as text))",
            "code", "m.tracking_code",
            "category", "m.category_code",
            "grid", "m.grid_code");

    private final JdbcClient jdbc;
    private final Clock clock;

    MatterList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ListPage<Row> page(CurrentUser user, MatterFilter filter) {
        var request = filter.request();
        return query(user, filter).page(request, ORDER.get(request.sort()), "m.id", this::toRow);
    }

    @Transactional(readOnly = true)
    void each(CurrentUser user, MatterFilter filter, Consumer<Row> each) {
        var request = filter.request();
        query(user, filter).each(request, ORDER.get(request.sort()), "m.id", this::toRow, each);
    }

    private ListQuery query(CurrentUser user, MatterFilter filter) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        RegionCode area = filter.areaCode();
        DateRange reported = filter.reported();
        ListQuery.Condition scope = scope(user, now);
        ListQuery query = ListQuery.of(
                        jdbc,
                        """
						select m.id, m.tracking_code, c.name as category_name, m.stage, m.colour, m.grid_code,
						       m.reported_at, %1$s as due, %1$s < :now and %2$s as overdue
						""".formatted(WaitingFor.CURRENT_DUE, OPEN),
                        "from matter m join matter_category c on c.code = m.category_code")
                .where(scope.sql(), scope.values())
                .when(area == null ? null : area.value() + "%", "area", "m.grid_code like :area")
                .when(filter.category(), "category", "m.category_code = :category or c.parent_code = :category")
                .when(filter.stage() == null ? null : filter.stage().name(), "stage", "m.stage = :stage")
                .when(filter.colour() == null ? null : filter.colour().name(), "colour", "m.colour = :colour")
                .when(at(reported.start()), "since", "m.reported_at >= :since")
                .when(at(reported.end()), "until", "m.reported_at < :until")
                .when(filter.overdueOnly(), WaitingFor.CURRENT_DUE + " < :now and " + OPEN);
        String q = filter.q();
        if (q != null && !q.isBlank()) {
            query.where(
                    "m.tracking_code = upper(:q) or m.description ilike :words",
                    Map.of("q", q.strip(), "words", ListQuery.containing(q)));
        }
        if (filter.mineOnly()) {
            query.where(waitingFor(user), Map.of("waiting", WaitingFor.stagesAndColours(user.role())));
        }
        return query;
    }

    /** The caller's scope, as the matter page checks it ({@link MatterAccess#matter}). */
    private static ListQuery.Condition scope(CurrentUser user, OffsetDateTime now) {
        ListQuery.Condition grids =
                ListQuery.codesUnder("m.grid_code", user.scope().sqlPatterns());
        Map<String, Object> values = new HashMap<>(grids.values());
        values.put("now", now);
        String department = MatterAccess.departmentOf(user);
        String sql = grids.sql();
        if (user.role() == Role.DISTRICT_ADMIN) {
            sql += " or m.grid_code is null";
        } else if (department != null) {
            sql += " or m.department_code = :ownDepartment";
            values.put("ownDepartment", department);
        }
        return new ListQuery.Condition(sql, values);
    }

    /** The next step is the caller's; department staff act only on what was handed to their department. */
    private static String waitingFor(CurrentUser user) {
        String steps = "(m.stage || '/' || coalesce(m.colour, '-')) = any (cast(:waiting as text[]))";
        if (MatterAccess.departmentOf(user) != null) {
            steps = "(" + steps + " and m.department_code = :ownDepartment)";
        }
        return steps;
    }

    private Row toRow(ResultSet rs, int row) throws SQLException {
        OffsetDateTime due = rs.getObject("due", OffsetDateTime.class);
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("tracking_code"),
                rs.getString("category_name"),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("colour") == null ? null : Colour.valueOf(rs.getString("colour")),
                rs.getString("grid_code"),
                rs.getObject("reported_at", OffsetDateTime.class).toInstant(),
                due == null ? null : due.toInstant(),
                rs.getBoolean("overdue"));
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> "'" + value.name() + "'").collect(Collectors.joining(", "));
    }
}
