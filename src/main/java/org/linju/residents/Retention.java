package org.linju.residents;

import java.util.List;
import java.util.UUID;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.shared.LongStatements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention per data class: a floating resident's record is anonymised {@code linju.retention.floating-years}
 * after they moved out, a registered resident's after {@code linju.retention.registered-years}. Runs nightly; a
 * transaction-scoped advisory lock lets exactly one app instance work at a time, and anonymised rows are never
 * picked again, so two instances (or a rerun) do no harm.
 */
@Service
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final long LOCK = 0x72657465L;

    private final JdbcClient jdbc;
    private final Anonymiser anonymiser;
    private final AuditLog audit;
    private final int floatingYears;
    private final int registeredYears;

    Retention(
            JdbcClient jdbc,
            Anonymiser anonymiser,
            AuditLog audit,
            @Value("${linju.retention.floating-years:2}") int floatingYears,
            @Value("${linju.retention.registered-years:5}") int registeredYears) {
        this.jdbc = jdbc;
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.floatingYears = floatingYears;
        this.registeredYears = registeredYears;
    }

    /** Transactional here too: a call inside the bean bypasses the proxy, and the advisory lock needs the transaction. */
    @Scheduled(cron = "${linju.retention.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @Transactional
    public void nightly() {
        apply();
    }

    /** Anonymises every record past its retention period; returns how many, or -1 if another instance is at it. */
    @Transactional
    public int apply() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Boolean.class)
                .single();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        LongStatements.allowIn(jdbc);
        List<UUID> due = jdbc.sql("""
				select id from resident
				where anonymised_at is null and moved_out is not null
				  and ((residence_type = 'FLOATING' and moved_out < current_date - make_interval(years => :floating))
				    or (residence_type <> 'FLOATING' and moved_out < current_date - make_interval(years => :registered)))
				""")
                .param("floating", floatingYears)
                .param("registered", registeredYears)
                .query(UUID.class)
                .list();
        int done = (int) due.stream().filter(anonymiser::anonymise).count();
        if (done > 0) {
            audit.record(new AuditRecord(
                    "system:retention",
                    "SYSTEM",
                    AuditAction.RETENTION_PURGE,
                    "resident",
                    "batch",
                    null,
                    null,
                    done + " records anonymised (floating " + floatingYears + " y, registered " + registeredYears
                            + " y after moving out)"));
            log.info("Retention anonymised {} resident records", done);
        }
        return done;
    }
}
