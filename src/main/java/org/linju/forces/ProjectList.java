package org.linju.forces;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project lists of an area as pages: the viewer's scope and every filter in one statement (an area outside the
 * scope is refused, never widened), and the total by the same conditions.
 */
@Service
public class ProjectList {

    /** The columns the list may be sorted by; the first (when it starts, newest first by default) is the default. */
    public static final List<String> COLUMNS = List.of("starts", "title", "area", "places");

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String FILTERS = """
			where p.grid_code like any (cast(:patterns as text[]))
			  and (cast(:area as text) is null or p.grid_code like :area || '%')
			  and (cast(:state as varchar) is null
			       or :state = 'ENDED' and p.ends_at <= :now
			       or :state = 'OPEN' and p.ends_at > :now and p.taken < p.needed
			       or :state = 'FULL' and p.ends_at > :now and p.taken >= p.needed)
			  and (cast(:from as timestamptz) is null or p.starts_at >= :from)
			  and (cast(:until as timestamptz) is null or p.starts_at < :until)
			""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ProjectList(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the projects of the viewer's scope narrowed by {@code filter}. */
    @Transactional(readOnly = true)
    public ListPage<Project> page(CurrentUser viewer, ProjectFilter filter, ListRequest request) {
        ProjectFilter checked = filter.inArea(AreaChoices.narrowing(viewer.scope(), filter.area()));
        String[] patterns = viewer.scope().sqlPatterns();
        return new ListPage<>(rows(patterns, checked, request), count(patterns, checked), request);
    }

    private List<Project> rows(String[] patterns, ProjectFilter filter, ListRequest request) {
        return filtered(
                        "select p.* from project p " + FILTERS + " order by " + order(request)
                                + " limit :limit offset :offset",
                        patterns,
                        filter)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(Projects::toProject)
                .list();
    }

    private long count(String[] patterns, ProjectFilter filter) {
        return filtered("select count(*) from project p " + FILTERS, patterns, filter)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec filtered(String sql, String[] patterns, ProjectFilter filter) {
        return jdbc.sql(sql)
                .param("patterns", patterns)
                .param("area", filter.area())
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("from", startOf(filter.from()))
                .param("until", startOf(filter.to() == null ? null : filter.to().plusDays(1)));
    }

    private static @Nullable OffsetDateTime startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(CHINA).toOffsetDateTime();
    }

    private static String order(ListRequest request) {
        String direction = request.direction();
        String first = switch (request.sort()) {
            case "title" -> "p.title " + direction;
            case "area" -> "p.grid_code " + direction;
            case "places" -> "p.needed - p.taken " + direction;
            default -> "p.starts_at " + direction;
        };
        return first + ", p.starts_at desc, p.id";
    }
}
