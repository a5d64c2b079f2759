package org.linju.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The imports a person started that are still queued or running, each with the path of its progress page. */
@Service
public class ImportsUnderway {

    /** One job still under way; {@code progressPath} is its kind's progress page. */
    public record Underway(UUID id, String fileName, String titleKey, String progressPath, int percent) {}

    private final JdbcClient jdbc;
    private final Map<String, ImportKind> kinds;

    ImportsUnderway(JdbcClient jdbc, List<ImportKind> kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity()));
    }

    /** The person's own jobs (read through the partial index of unfinished jobs), oldest first. */
    public List<Underway> startedBy(CurrentUser user) {
        return jdbc
                .sql("""
				select id, kind, file_name, total_rows, processed_rows from import_job
				where created_by = ? and status in ('QUEUED', 'RUNNING') order by created_at
				""")
                .param(user.getUsername())
                .query((rs, row) -> new Job(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("file_name"),
                        rs.getInt("total_rows"),
                        rs.getInt("processed_rows")))
                .list()
                .stream()
                .filter(job -> kinds.containsKey(job.kind()))
                .map(job -> job.underway(kinds.get(job.kind()).page()))
                .toList();
    }

    private record Job(UUID id, String kind, String fileName, int total, int processed) {

        Underway underway(ImportPage page) {
            return new Underway(
                    id, fileName, page.titleKey(), page.base() + "/" + id, total == 0 ? 0 : processed * 100 / total);
        }
    }
}
