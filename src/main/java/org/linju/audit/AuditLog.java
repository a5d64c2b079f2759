package org.linju.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.linju.shared.ListPage;
import org.linju.shared.ListRequest;
import org.linju.shared.LongStatements;
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
    private final AuditEntries entries;

    AuditLog(JdbcClient jdbc, Clock clock, AuditEntries entries) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.entries = entries;
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
            AuditEntry entry = AuditEntries.toEntry(rs, 0);
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
        return entries.page(filter, new ListRequest(page, pageSize, "when", true))
                .rows();
    }

    /** One page of the entries matching the filter, in the order asked for, with their total. */
    @Transactional(readOnly = true)
    public ListPage<AuditEntry> page(AuditFilter filter, ListRequest request) {
        return entries.page(filter, request);
    }

    /**
     * Hands every entry matching the filter to {@code each} (an export), then records the export itself: the log names
     * people and what was done to their data, so taking it out is audited like any export of personal data.
     */
    @Transactional
    public void export(AuditFilter filter, ListRequest request, String actor, String role, Consumer<AuditEntry> each) {
        AtomicLong count = new AtomicLong();
        entries.each(filter, request, entry -> {
            count.incrementAndGet();
            each.accept(entry);
        });
        record(new AuditRecord(
                actor,
                role,
                AuditAction.EXPORT_PERSONAL_DATA,
                "audit-log",
                "export",
                null,
                null,
                "%d entries; %s".formatted(count.get(), filter)));
    }
}
