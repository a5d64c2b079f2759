package org.linju.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.linju.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The spreadsheet imports of every kind (resident rosters, force registrations): each job's progress for the page,
 * and every refused row with its reason, kept for the refused-rows download.
 * <p>
 * Imports run on a worker thread of the instance that took the upload, so one still queued or running when that
 * process ended never finishes. A running job holds a PostgreSQL advisory lock on a connection of its own while it
 * runs, which ends with its process however it ends; at start, before any request is served, a web instance marks
 * failed (with a message saying so) the unfinished jobs whose lock nobody holds, and leaves alone those that other
 * live instances are running. (One-off commands such as {@code rotate-keys} mark nothing.)
 */
@Repository
class ImportJobs implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final DataSource dataSource;
    private final ApplicationContext context;

    ImportJobs(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource, ApplicationContext context) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.dataSource = dataSource;
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!(context instanceof WebServerApplicationContext)) {
            return;
        }
        int interrupted = interruptUnfinished();
        if (interrupted > 0) {
            log.warn("{} spreadsheet imports were cut off by the last shutdown; marked failed", interrupted);
        }
    }

    /**
     * Marks failed every queued or running job that no live process runs (its advisory lock is free): interrupted by a
     * restart. Answers how many.
     */
    int interruptUnfinished() {
        return jdbc.sql("""
				update import_job set status = 'FAILED', failure = 'import.interrupted', finished_at = now()
				where status in ('QUEUED', 'RUNNING') and pg_try_advisory_xact_lock(hashtextextended(id::text, 0))
				""").update();
    }

    /**
     * A new job, queued, once its upload is kept; the file name is cut to 200 characters. {@code area} is the
     * uploader's scope (its subtree roots), empty for an account that sees the whole district.
     */
    void create(UUID id, String kind, String createdBy, String fileName, Collection<RegionCode> area) {
        jdbc.sql("""
				insert into import_job (id, kind, created_by, file_name, status, area)
				values (?, ?, ?, ?, 'QUEUED', ?)
				""")
                .params(
                        id,
                        kind,
                        createdBy,
                        cut(fileName, 200),
                        area.stream().map(RegionCode::value).toArray(String[]::new))
                .update();
    }

    /**
     * Reads the kept workbook ({@link SheetImport#read}) while the job shows its progress: running with the number of
     * rows to read, then done or failed with the reason. {@code chunks} stores each chunk and reports it
     * ({@link #progressed}). Answers the job as it ended.
     */
    ImportJob run(
            UUID id,
            Path file,
            List<String> headers,
            int chunkSize,
            Consumer<List<SheetRow>> chunks,
            String messagePrefix) {
        try (Connection running = dataSource.getConnection()) {
            lock(running, "pg_advisory_lock", id);
            try {
                jdbc.sql("update import_job set status = 'RUNNING', total_rows = ? where id = ?")
                        .params(SheetImport.dataRows(file), id)
                        .update();
                String failure = SheetImport.read(file, headers, chunkSize, chunks, messagePrefix);
                jdbc.sql("update import_job set status = ?, failure = ?, finished_at = now() where id = ?")
                        .params(failure == null ? "DONE" : "FAILED", failure, id)
                        .update();
            } finally {
                // The pool keeps the connection, and a session's advisory lock with it: give it back explicitly.
                lock(running, "pg_advisory_unlock", id);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("import " + id + ": its lock connection failed", e);
        }
        return find(id).orElseThrow();
    }

    private static void lock(Connection connection, String function, UUID id) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("select " + function + "(hashtextextended(?::text, 0))")) {
            statement.setString(1, id.toString());
            statement.execute();
        }
    }

    /** Counts a chunk and keeps its refused rows; runs in the chunk's transaction, so both commit with its rows. */
    void progressed(UUID id, int processed, int accepted, int alreadyRegistered, List<RefusedRow> refused) {
        jdbc.sql("""
				update import_job set processed_rows = processed_rows + ?, accepted = accepted + ?,
				       already_registered = already_registered + ?, rejected = rejected + ?
				where id = ?
				""")
                .params(processed, accepted, alreadyRegistered, refused.size(), id)
                .update();
        batch.batchUpdate("""
				insert into import_job_refusal (import_id, row_number, reason, argument, cells)
				values (?, ?, ?, ?, ?) on conflict do nothing
				""", refused, 500, (ps, row) -> {
            ps.setObject(1, id);
            ps.setInt(2, row.number());
            ps.setString(3, row.reason());
            ps.setString(4, row.argument() == null ? null : cut(row.argument(), 100));
            ps.setArray(
                    5,
                    ps.getConnection()
                            .createArrayOf(
                                    "varchar",
                                    row.cells().stream()
                                            .map(cell -> cell == null ? null : cut(cell, 100))
                                            .toArray()));
        });
    }

    /**
     * The job, if it is one of this kind and its whole area lies in the caller's scope, given as the scope's
     * {@code sqlPatterns()} ({@code %} alone for a caller who sees the whole district, the only one who sees jobs of
     * uploaders who did).
     */
    Optional<ImportJob> find(String kind, UUID id, String[] scopePatterns) {
        return jdbc.sql("""
				select * from import_job
				where id = :id and kind = :kind
				  and ('%' = any (cast(:patterns as text[]))
				       or (cardinality(area) > 0
				           and not exists (select 1 from unnest(area) as a(code)
				                           where not code like any (cast(:patterns as text[])))))
				""")
                .param("id", id)
                .param("kind", kind)
                .param("patterns", scopePatterns)
                .query(ImportJobs::job)
                .optional();
    }

    List<RefusedRow> refused(UUID id) {
        return jdbc.sql("""
				select row_number, reason, argument, cells from import_job_refusal
				where import_id = ? order by row_number, reason
				""")
                .param(id)
                .query((rs, row) -> new RefusedRow(
                        rs.getInt("row_number"), rs.getString("reason"), rs.getString("argument"), Arrays.asList((String
                                        [])
                                rs.getArray("cells").getArray())))
                .list();
    }

    private Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from import_job where id = ?")
                .param(id)
                .query(ImportJobs::job)
                .optional();
    }

    static ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(
                rs.getObject("id", UUID.class),
                rs.getString("created_by"),
                rs.getString("file_name"),
                rs.getString("status"),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("accepted"),
                rs.getInt("already_registered"),
                rs.getInt("rejected"),
                rs.getString("failure"));
    }

    private static String cut(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }
}
