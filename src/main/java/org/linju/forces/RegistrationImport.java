package org.linju.forces;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.SheetImport;
import org.linju.shared.SheetReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk registration from an .xlsx workbook (e.g. a department's list of cadres registering into grids): the upload
 * is kept privately, read in the background 1,000 rows per transaction with a progress bar, good rows registered,
 * every refused row reported with its reason; re-uploading registers nobody twice.
 */
@Service
public class RegistrationImport {

	static final int CHUNK = 1_000;
	private static final Set<Role> IMPORTERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);

	private final JdbcClient jdbc;
	private final Forces forces;
	private final ForceStore store;
	private final Departments departments;
	private final MessageSource messages;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Path uploads;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "registration-import");
		thread.setDaemon(true);
		return thread;
	});

	RegistrationImport(JdbcClient jdbc, Forces forces, ForceStore store, Departments departments, MessageSource messages,
			AuditLog audit, TransactionTemplate transactions, @Value("${linju.data-dir:./data}") String dataDir) {
		this.jdbc = jdbc;
		this.forces = forces;
		this.store = store;
		this.departments = departments;
		this.messages = messages;
		this.audit = audit;
		this.transactions = transactions;
		this.uploads = Path.of(dataDir).toAbsolutePath().resolve("imports");
	}

	public UUID start(CurrentUser user, String fileName, InputStream content) {
		if (!IMPORTERS.contains(user.role())) {
			throw new OutOfScope("registration import");
		}
		UUID id = UUID.randomUUID();
		Path file = SheetImport.keep(uploads, "forces-" + id + ".xlsx", content);
		jdbc.sql("insert into force_import (id, created_by, file_name, status) values (?, ?, ?, 'QUEUED')")
			.params(id, user.getUsername(), fileName.length() > 200 ? fileName.substring(0, 200) : fileName).update();
		worker.submit(() -> run(id, file, user));
		return id;
	}

	public RegistrationImportStatus status(CurrentUser user, UUID id) {
		RegistrationImportStatus status = jdbc.sql("select * from force_import where id = ?").param(id)
			.query((rs, row) -> new RegistrationImportStatus(rs.getString("id"), rs.getString("created_by"),
					rs.getString("file_name"), rs.getString("status"), rs.getInt("total_rows"), rs.getInt("processed_rows"),
					rs.getInt("accepted"), rs.getInt("already_registered"), rs.getInt("rejected"), rs.getString("failure")))
			.optional()
			.orElseThrow(() -> new OutOfScope("registration import"));
		if (!status.createdBy().equals(user.getUsername()) && user.role() != Role.DISTRICT_ADMIN) {
			throw new OutOfScope("registration import");
		}
		return status;
	}

	public List<RegistrationRejection> rejections(CurrentUser user, UUID id) {
		status(user, id);
		return jdbc.sql("select * from force_import_rejection where import_id = ? order by row_number, reason").param(id)
			.query((rs, row) -> new RegistrationRejection(rs.getInt("row_number"), rs.getString("reason"),
					rs.getString("argument"), rs.getString("name")))
			.list();
	}

	void run(UUID id, Path file, CurrentUser user) {
		int[] counts = new int[4];
		jdbc.sql("update force_import set status = 'RUNNING', total_rows = ? where id = ?")
			.params(SheetImport.dataRows(file), id).update();
		RegistrationRules rules = rules(user);
		List<String> headers = Arrays.stream(RegistrationColumns.values()).map(column -> column.title).toList();
		String failure = SheetImport.read(file, headers, CHUNK, rows -> process(id, rows, rules, counts), "registration");
		jdbc.sql("update force_import set status = ?, failure = ?, finished_at = now() where id = ?")
			.params(failure == null ? "DONE" : "FAILED", failure, id).update();
		audit.record(new AuditRecord(user.getUsername(), user.role().name(), AuditAction.IMPORT, "force-registrations",
				id.toString(), null, null, "accepted=" + counts[0] + ", alreadyRegistered=" + counts[1] + ", rejected="
						+ counts[2] + (failure == null ? "" : ", failed=" + failure)));
	}

	/** Checks and registers one chunk in one transaction, and records its progress and rejections. */
	private void process(UUID id, List<SheetReader.Row> rows, RegistrationRules rules, int[] counts) {
		transactions.executeWithoutResult(status -> {
			List<NewForceMember> accepted = new ArrayList<>();
			int already = 0;
			for (SheetReader.Row row : rows) {
				if (row.isBlank()) {
					continue;
				}
				RegistrationRules.Result result = rules.check(row);
				if (result.member() != null) {
					accepted.add(result.member());
				}
				else if (result.alreadyRegistered()) {
					already++;
				}
				else if (result.rejection() != null) {
					RegistrationRejection rejection = result.rejection();
					jdbc.sql("""
							insert into force_import_rejection (import_id, row_number, reason, argument, name)
							values (?, ?, ?, ?, ?) on conflict do nothing
							""").params(id, rejection.rowNumber(), rejection.reason(), rejection.argument(), rejection.name())
						.update();
					counts[2]++;
				}
			}
			forces.register(accepted);
			counts[0] += accepted.size();
			counts[1] += already;
			counts[3] += rows.size();
			jdbc.sql("""
					update force_import set processed_rows = ?, accepted = ?, already_registered = ?, rejected = ?
					where id = ?
					""").params(counts[3], counts[0], counts[1], counts[2], id).update();
		});
	}

	private RegistrationRules rules(CurrentUser user) {
		String[] patterns = user.scope().sqlPatterns();
		Set<String> grids = new HashSet<>(jdbc.sql("select code from grid where code like any (cast(? as text[]))")
			.param(patterns).query(String.class).list());
		Set<String> communities = new HashSet<>(jdbc.sql("""
				select code from region where level = 'COMMUNITY' and code like any (cast(? as text[]))
				""").param(patterns).query(String.class).list());
		Set<String> departmentCodes = new HashSet<>(departments.all().stream().map(Department::code).toList());
		// Only sign-ins whose whole area lies inside the importer's may be linked to a registration.
		Set<String> accounts = new HashSet<>(jdbc.sql("""
				select username from account
				where not unrestricted and cardinality(scope_codes) > 0
				  and not exists (select 1 from unnest(scope_codes) c where not c like any (cast(? as text[])))
				""").param(patterns).query(String.class).list());
		Map<String, ForceKind> kinds = new HashMap<>();
		for (ForceKind kind : ForceKind.values()) {
			kinds.put(kind.name(), kind);
			kinds.put(messages.getMessage("force.kind." + kind.name(), null, Locale.SIMPLIFIED_CHINESE), kind);
		}
		return new RegistrationRules(grids, communities, departmentCodes, accounts, kinds, store::registered);
	}
}
