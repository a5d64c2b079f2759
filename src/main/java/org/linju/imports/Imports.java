package org.linju.imports;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Starts spreadsheet imports and answers where they stand. An upload is kept privately under the data directory and
 * read in the background ({@link ImportWorkers}), 1,000 rows a transaction, each chunk stored by its kind
 * ({@link ImportKind#chunksFor}) and counted for the progress page; the outcome goes to the audit log. The uploaded
 * file may hold plain personal data: it is readable by the app alone and deleted once read.
 */
@Service
public class Imports {

    static final int CHUNK = 1_000;
    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    private final ImportJobs jobs;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final TaskExecutor workers;
    private final Path uploads;
    /**
     * The last job queued of each kind: the jobs of one kind run one after another, as the register's uniqueness
     * checks assume (two rosters naming the same person at once would both find them new).
     */
    private final Map<String, CompletableFuture<@Nullable Void>> queues = new ConcurrentHashMap<>();

    Imports(
            ImportJobs jobs,
            AuditLog audit,
            TransactionTemplate transactions,
            @Qualifier(ImportWorkers.NAME) TaskExecutor workers,
            @Value("${linju.data-dir:./data}") String dataDir) {
        this.jobs = jobs;
        this.audit = audit;
        this.transactions = transactions;
        this.workers = workers;
        this.uploads = Path.of(dataDir).toAbsolutePath().resolve("imports");
    }

    /** Whether an upload is one an import takes: a non-empty .xlsx workbook. */
    public static boolean isWorkbook(MultipartFile file) {
        String name = file.getOriginalFilename();
        return !file.isEmpty() && name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Keeps the upload and queues its job; answers the job's id for its progress page. The caller has checked that
     * the uploader may import this kind; the job's area is the uploader's scope.
     */
    public UUID start(ImportKind kind, CurrentUser uploader, String fileName, InputStream content) {
        UUID id = UUID.randomUUID();
        Path file = SheetImport.keep(uploads, kind.name().toLowerCase(Locale.ROOT) + "-" + id + ".xlsx", content);
        jobs.create(
                id,
                kind.name(),
                uploader.getUsername(),
                fileName,
                uploader.scope().roots());
        queue(kind.name(), () -> run(kind, id, file, uploader));
        return id;
    }

    /** Where a job stands, if the watcher may follow it ({@link ImportKind#shownTo}). */
    public ImportJob status(ImportKind kind, CurrentUser watcher, UUID id) {
        return kind.shownTo(
                watcher,
                jobs.find(kind.name(), id, watcher.scope().sqlPatterns()).orElse(null));
    }

    /** The rows a job refused, in sheet order, if the watcher may follow it. */
    public List<RefusedRow> refused(ImportKind kind, CurrentUser watcher, UUID id) {
        status(kind, watcher, id);
        return jobs.refused(id);
    }

    /**
     * Runs a job once the last one queued of its kind has ended. A job the pool refuses because it is shutting down
     * stays queued, and is marked failed at the next start ({@link ImportJobs}).
     */
    private void queue(String kind, Runnable job) {
        queues.compute(kind, (name, last) -> {
            CompletableFuture<@Nullable Void> previous =
                    last == null ? CompletableFuture.completedFuture(null) : last.exceptionally(refused -> null);
            return previous.thenRunAsync(job, workers);
        });
    }

    private void run(ImportKind kind, UUID id, Path file, CurrentUser uploader) {
        try {
            read(kind, id, file, uploader);
        } catch (RuntimeException e) {
            log.error("Import {} stopped", id, e);
        }
    }

    private void read(ImportKind kind, UUID id, Path file, CurrentUser uploader) {
        SheetChunks chunks = kind.chunksFor(uploader);
        ImportJob job = jobs.run(
                id,
                file,
                kind.headers(),
                CHUNK,
                rows -> transactions.executeWithoutResult(status -> {
                    SheetChunks.Outcome outcome = chunks.store(rows);
                    jobs.progressed(
                            id, rows.size(), outcome.accepted(), outcome.alreadyRegistered(), outcome.refused());
                }),
                kind.messagePrefix());
        audit.record(new AuditRecord(
                uploader.getUsername(),
                uploader.role().name(),
                AuditAction.IMPORT,
                kind.auditSubject(),
                id.toString(),
                null,
                null,
                job.summary()));
    }
}
