package org.linju.shared;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The spreadsheet imports of every kind (resident rosters, force registrations): each job's progress for the page,
 * and every refused row with its reason, kept for the refused-rows download.
 * <p>
 * Imports run on a worker thread of this process, so one still queued or running when the process ended never
 * finishes: at start, before any request is served, such jobs are marked failed with a message saying so.
 */
@Repository
public class ImportJobs implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	ImportJobs(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int interrupted = interruptUnfinished();
		if (interrupted > 0) {
			log.warn("{} spreadsheet imports were cut off by the last shutdown; marked failed", interrupted);
		}
	}

	/** Marks every queued or running job failed: interrupted by a restart. Answers how many. */
	public int interruptUnfinished() {
		return jdbc.sql("""
				update import_job set status = 'FAILED', failure = 'import.interrupted', finished_at = now()
				where status in ('QUEUED', 'RUNNING')
				""").update();
	}

	/**
	 * A new job, queued, once its upload is kept; the file name is cut to 200 characters. {@code area} is the
	 * uploader's scope (its subtree roots), empty for an account that sees the whole district.
	 */
	public void create(UUID id, String kind, String createdBy, String fileName, Collection<RegionCode> area) {
		jdbc.sql("""
				insert into import_job (id, kind, created_by, file_name, status, area)
				values (?, ?, ?, ?, 'QUEUED', ?)
				""")
			.params(id, kind, createdBy, cut(fileName, 200), area.stream().map(RegionCode::value).toArray(String[]::new))
			.update();
	}

	/**
	 * Reads the kept workbook ({@link SheetImport#read}) while the job shows its progress: running with the number of
	 * rows to read, then done or failed with the reason. {@code chunks} stores each chunk and reports it
	 * ({@link #progressed}). Answers the job as it ended.
	 */
	public ImportJob run(UUID id, Path file, List<String> headers, int chunkSize, Consumer<List<SheetReader.Row>> chunks,
			String messagePrefix) {
		jdbc.sql("update import_job set status = 'RUNNING', total_rows = ? where id = ?")
			.params(SheetImport.dataRows(file), id)
			.update();
		String failure = SheetImport.read(file, headers, chunkSize, chunks, messagePrefix);
		jdbc.sql("update import_job set status = ?, failure = ?, finished_at = now() where id = ?")
			.params(failure == null ? "DONE" : "FAILED", failure, id)
			.update();
		return find(id).orElseThrow();
	}

	/** Counts a chunk and keeps its refused rows; runs in the chunk's transaction, so both commit with its rows. */
	public void progressed(UUID id, int processed, int accepted, int alreadyRegistered, List<RefusedRow> refused) {
		jdbc.sql("""
				update import_job set processed_rows = processed_rows + ?, accepted = accepted + ?,
				       already_registered = already_registered + ?, rejected = rejected + ?
				where id = ?
				""").params(processed, accepted, alreadyRegistered, refused.size(), id).update();
		batch.batchUpdate("""
				insert into import_job_refusal (import_id, row_number, reason, argument, cells)
				values (?, ?, ?, ?, ?) on conflict do nothing
				""", refused, 500, (ps, row) -> {
			ps.setObject(1, id);
			ps.setInt(2, row.number());
			ps.setString(3, row.reason());
			ps.setString(4, row.argument() == null ? null : cut(row.argument(), 100));
			ps.setArray(5, ps.getConnection().createArrayOf("varchar",
					row.cells().stream().map(cell -> cell == null ? null : cut(cell, 100)).toArray()));
		});
	}

	/**
	 * The job, if it is one of this kind and its whole area lies in the caller's scope, given as the scope's
	 * {@code sqlPatterns()} ({@code %} alone for a caller who sees the whole district, the only one who sees jobs of
	 * uploaders who did).
	 */
	public Optional<ImportJob> find(String kind, UUID id, String[] scopePatterns) {
		return jdbc.sql("""
				select * from import_job
				where id = :id and kind = :kind
				  and ('%' = any (cast(:patterns as text[]))
				       or (cardinality(area) > 0
				           and not exists (select 1 from unnest(area) as a(code)
				                           where not code like any (cast(:patterns as text[])))))
				""").param("id", id).param("kind", kind).param("patterns", scopePatterns).query(this::job).optional();
	}

	public List<RefusedRow> refused(UUID id) {
		return jdbc.sql("""
				select row_number, reason, argument, cells from import_job_refusal
				where import_id = ? order by row_number, reason
				""")
			.param(id)
			.query((rs, row) -> new RefusedRow(rs.getInt("row_number"), rs.getString("reason"), rs.getString("argument"),
					java.util.Arrays.asList((String[]) rs.getArray("cells").getArray())))
			.list();
	}

	private Optional<ImportJob> find(UUID id) {
		return jdbc.sql("select * from import_job where id = ?").param(id).query(this::job).optional();
	}

	private ImportJob job(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ImportJob(rs.getObject("id", UUID.class), rs.getString("created_by"), rs.getString("file_name"),
				rs.getString("status"), rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("accepted"),
				rs.getInt("already_registered"), rs.getInt("rejected"), rs.getString("failure"));
	}

	private static String cut(String value, int length) {
		return value.length() > length ? value.substring(0, length) : value;
	}
}
