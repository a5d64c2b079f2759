package org.linju.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.linju.shared.LongStatements;
import org.linju.shared.PageNumber;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and checks the audit chain. Appends join the caller's transaction, so an action and its audit entry
 * commit or roll back together; a transaction-scoped advisory lock keeps the chain a single line when several
 * app instances write at once.
 */
@Service
public class AuditLog {

    /** The advisory lock id that serialises appends ("linju-audit"). */
    private static final long CHAIN_LOCK = 0x6c696e6a75L;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(AuditRecord record) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(CHAIN_LOCK)
                .query((rs, row) -> 1)
                .list();
        String previous = jdbc.sql("select hash from audit_entry order by seq desc limit 1")
                .query(String.class)
                .optional()
                .orElse(ChainHash.GENESIS);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
				insert into audit_entry (recorded_at, actor, actor_role, action, subject_type, subject_id, scope_code,
				                         reason, detail, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        now.atOffset(ZoneOffset.UTC),
                        record.actor(),
                        record.actorRole(),
                        record.action().name(),
                        record.subjectType(),
                        record.subjectId(),
                        record.scopeCode(),
                        record.reason(),
                        record.detail(),
                        previous,
                        ChainHash.of(previous, now, record))
                .update();
    }

    /** Walks the whole chain in order and names the first entry that does not fit. */
    @Transactional(readOnly = true)
    public ChainVerdict verify() {
        LongStatements.allowIn(jdbc);
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> expectedPrevious = new AtomicReference<>(ChainHash.GENESIS);
        AtomicReference<ChainVerdict> broken = new AtomicReference<>();
        RowCallbackHandler check = rs -> {
            if (broken.get() != null) {
                return;
            }
            AuditEntry entry = toEntry(rs, 0);
            checked.incrementAndGet();
            if (!ChainHash.of(entry).equals(entry.hash())) {
                broken.set(new ChainVerdict(checked.get(), entry.seq(), "audit.chain.edited"));
            } else if (!entry.prevHash().equals(expectedPrevious.get())) {
                broken.set(new ChainVerdict(checked.get(), entry.seq(), "audit.chain.unlinked"));
            }
            expectedPrevious.set(entry.hash());
        };
        jdbc.sql("select * from audit_entry order by seq").withFetchSize(1_000).query(check);
        return broken.get() != null ? broken.get() : new ChainVerdict(checked.get(), null, null);
    }

    /** Entries matching the filter, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int page, int pageSize) {
        return jdbc.sql("""
				select * from audit_entry
				where (cast(:actor as text) is null or actor = :actor)
				  and (cast(:action as text) is null or action = :action)
				  and (cast(:subject as text) is null or subject_id = :subject)
				  and (cast(:from as timestamptz) is null or recorded_at >= :from)
				  and (cast(:to as timestamptz) is null or recorded_at < :to)
				order by seq desc
				limit :limit offset :offset
				""")
                .param("actor", blankToNull(filter.actor()))
                .param(
                        "action",
                        filter.action() == null ? null : filter.action().name())
                .param("subject", blankToNull(filter.subjectId()))
                .param("from", filter.from() == null ? null : filter.from().atOffset(ZoneOffset.UTC))
                .param("to", filter.to() == null ? null : filter.to().atOffset(ZoneOffset.UTC))
                .param("limit", pageSize)
                .param("offset", PageNumber.offset(page, pageSize))
                .query(AuditLog::toEntry)
                .list();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static AuditEntry toEntry(ResultSet rs, int row) throws SQLException {
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
