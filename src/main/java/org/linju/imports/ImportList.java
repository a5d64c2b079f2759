package org.linju.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of imports: a person's own jobs, and, of the kinds that let them follow others' jobs
 * ({@link ImportKind#showsOthersJobsTo}), every job within their area. The area and the kinds are in the statement,
 * as for one job ({@link ImportJobs#find}), so no filter or page reaches past them.
 */
@Service
public class ImportList {

    /** The columns the list may be sorted by; the first (when it started, newest first by default) is the default. */
    public static final List<String> COLUMNS = List.of("started", "kind", "state");

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String FILTERS = """
			where ('%' = any (cast(:patterns as text[]))
			       or (cardinality(j.area) > 0
			           and not exists (select 1 from unnest(j.area) as a(code)
			                           where not code like any (cast(:patterns as text[])))))
			  and (j.created_by = :me or j.kind = any (cast(:others as text[])))
			  and (cast(:kind as varchar) is null or j.kind = :kind)
			  and (cardinality(cast(:statuses as text[])) = 0 or j.status = any (cast(:statuses as text[])))
			  and (cast(:from as timestamptz) is null or j.created_at >= :from)
			  and (cast(:until as timestamptz) is null or j.created_at < :until)
			""";

    private final JdbcClient jdbc;
    private final Map<String, ImportKind> kinds;

    ImportList(JdbcClient jdbc, List<ImportKind> kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity()));
    }

    /** The kinds of import this instance knows, for a filter. */
    public List<ImportKind> kinds() {
        return kinds.values().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
    }

    /** One page of the imports {@code watcher} may follow, narrowed by {@code filter}. */
    @Transactional(readOnly = true)
    public ListPage<ImportLine> page(CurrentUser watcher, ImportFilter filter, ListRequest request) {
        List<ImportLine> rows = filtered(
                        "select j.* from import_job j " + FILTERS + " order by " + order(request)
                                + " limit :limit offset :offset",
                        watcher,
                        filter)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(this::line)
                .list();
        long total = filtered("select count(*) from import_job j " + FILTERS, watcher, filter)
                .query(Long.class)
                .single();
        return new ListPage<>(rows, total, request);
    }

    private JdbcClient.StatementSpec filtered(String sql, CurrentUser watcher, ImportFilter filter) {
        String[] others = kinds.values().stream()
                .filter(kind -> kind.showsOthersJobsTo(watcher))
                .map(ImportKind::name)
                .toArray(String[]::new);
        List<String> statuses =
                filter.state() == null ? List.of() : filter.state().statuses();
        return jdbc.sql(sql)
                .param("patterns", watcher.scope().sqlPatterns())
                .param("me", watcher.getUsername())
                .param("others", others)
                .param("kind", filter.kind())
                .param("statuses", statuses.toArray(String[]::new))
                .param("from", startOf(filter.from()))
                .param("until", startOf(filter.to() == null ? null : filter.to().plusDays(1)));
    }

    private static @Nullable OffsetDateTime startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(CHINA).toOffsetDateTime();
    }

    private static String order(ListRequest request) {
        String direction = request.direction();
        String first = switch (request.sort()) {
            case "kind" -> "j.kind " + direction;
            case "state" -> "j.status " + direction;
            default -> "j.created_at " + direction;
        };
        return first + ", j.created_at desc, j.id";
    }

    private ImportLine line(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("kind");
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        ImportKind known = kinds.get(kind);
        return new ImportLine(
                ImportJobs.job(rs, row),
                kind,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(),
                known == null ? null : known.page());
    }
}
