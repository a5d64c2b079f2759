package org.linju.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit log as a list: filtered by actor, action, subject (an id, or a kind such as {@code resident}) and dates,
 * one page or every entry in the order asked for. The whole log is the district admins' to read, so there is no
 * scope to apply (the path is theirs only, in the security chain).
 */
@Repository
class AuditEntries {

    /** The columns the list sorts by; the first, newest first, is the default. */
    static final List<String> SORTABLE = List.of("when", "actor", "action", "subject");

    private static final Map<String, String> ORDER =
            Map.of("when", "seq", "actor", "actor", "action", "action", "subject", "subject_id");

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ListPage<AuditEntry> page(AuditFilter filter, ListRequest request) {
        return query(filter).page(request, ORDER.get(request.sort()), "seq", AuditEntries::toEntry);
    }

    /** Every entry the filter matches, in order; call inside a transaction. */
    void each(AuditFilter filter, ListRequest request, Consumer<AuditEntry> each) {
        query(filter).each(request, ORDER.get(request.sort()), "seq", AuditEntries::toEntry, each);
    }

    private ListQuery query(AuditFilter filter) {
        return ListQuery.of(jdbc, "select *", "from audit_entry")
                .when(filter.actor(), "actor", "actor = :actor")
                .when(filter.action() == null ? null : filter.action().name(), "action", "action = :action")
                .when(filter.subjectId(), "subject", "subject_id = :subject or subject_type = :subject")
                .when(at(filter.from()), "since", "recorded_at >= :since")
                .when(at(filter.to()), "until", "recorded_at < :until");
    }

    private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static AuditEntry toEntry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("actor_role"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("scope_code"),
                rs.getString("reason"),
                rs.getString("detail"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
