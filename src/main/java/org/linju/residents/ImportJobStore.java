package org.linju.residents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImportJobStore {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	ImportJobStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void create(UUID id, String createdBy, String fileName) {
		jdbc.sql("insert into resident_import (id, created_by, file_name, status) values (?, ?, ?, 'QUEUED')")
			.params(id, createdBy, fileName)
			.update();
	}

	void started(UUID id, int totalRows) {
		jdbc.sql("update resident_import set status = 'RUNNING', total_rows = ? where id = ?").params(totalRows, id).update();
	}

	void progressed(UUID id, int processed, int accepted, int alreadyRegistered, List<RejectedRow> rejections) {
		jdbc.sql("""
				update resident_import set processed_rows = processed_rows + ?, accepted = accepted + ?,
				       already_registered = already_registered + ?, rejected = rejected + ?
				where id = ?
				""").params(processed, accepted, alreadyRegistered, rejections.size(), id).update();
		batch.batchUpdate("""
				insert into resident_import_rejection (import_id, row_number, reason, argument, name, masked_id)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing
				""", rejections, 500, (ps, rejection) -> {
			ps.setObject(1, id);
			ps.setInt(2, rejection.row());
			ps.setString(3, rejection.reason());
			ps.setString(4, rejection.argument() == null ? null : truncate(rejection.argument(), 100));
			ps.setString(5, rejection.name());
			ps.setString(6, rejection.maskedId());
		});
	}

	void finished(UUID id, @Nullable String failure) {
		jdbc.sql("update resident_import set status = ?, failure = ?, finished_at = now() where id = ?")
			.params(failure == null ? "DONE" : "FAILED", failure, id)
			.update();
	}

	Optional<ImportStatus> status(UUID id) {
		return jdbc.sql("select * from resident_import where id = ?")
			.param(id)
			.query((rs, row) -> new ImportStatus(rs.getObject("id", UUID.class), rs.getString("created_by"),
					rs.getString("file_name"), rs.getString("status"), rs.getInt("total_rows"),
					rs.getInt("processed_rows"), rs.getInt("accepted"), rs.getInt("already_registered"),
					rs.getInt("rejected"), rs.getString("failure")))
			.optional();
	}

	List<RejectedRow> rejections(UUID id) {
		return jdbc.sql("""
				select row_number, reason, argument, name, masked_id from resident_import_rejection
				where import_id = ? order by row_number, reason
				""")
			.param(id)
			.query((rs, row) -> new RejectedRow(rs.getInt("row_number"), rs.getString("reason"),
					rs.getString("argument"), rs.getString("name"), rs.getString("masked_id")))
			.list();
	}

	private static String truncate(String value, int length) {
		return value.length() > length ? value.substring(0, length) : value;
	}
}
