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
import org.linju.grid.Grids;
import org.linju.grid.Regions;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.DaemonThreads;
import org.linju.shared.ImportJob;
import org.linju.shared.ImportJobs;
import org.linju.shared.RefusedRow;
import org.linju.shared.SheetImport;
import org.linju.shared.SheetReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
    static final String KIND = "REGISTRATION";
    private static final Set<Role> IMPORTERS =
            EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);

    private final Grids grids;
    private final Regions regions;
    private final ImportJobs jobs;
    private final Accounts accounts;
    private final Forces forces;
    private final ForceStore store;
    private final Departments departments;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Path uploads;
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(DaemonThreads.named("registration-import"));

    RegistrationImport(
            Grids grids,
            Regions regions,
            ImportJobs jobs,
            Accounts accounts,
            Forces forces,
            ForceStore store,
            Departments departments,
            MessageSource messages,
            AuditLog audit,
            TransactionTemplate transactions,
            @Value("${linju.data-dir:./data}") String dataDir) {
        this.grids = grids;
        this.regions = regions;
        this.jobs = jobs;
        this.accounts = accounts;
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
        jobs.create(id, KIND, user.getUsername(), fileName, user.scope().roots());
        worker.submit(() -> run(id, file, user));
        return id;
    }

    public ImportJob status(CurrentUser user, UUID id) {
        ImportJob status = jobs.find(KIND, id, user.scope().sqlPatterns())
                .orElseThrow(() -> new OutOfScope("registration import"));
        if (!status.createdBy().equals(user.getUsername()) && user.role() != Role.DISTRICT_ADMIN) {
            throw new OutOfScope("registration import");
        }
        return status;
    }

    /** The refused rows, each with the name. */
    public List<RefusedRow> rejections(CurrentUser user, UUID id) {
        status(user, id);
        return jobs.refused(id);
    }

    void run(UUID id, Path file, CurrentUser user) {
        RegistrationRules rules = rules(user);
        List<String> headers = Arrays.stream(RegistrationColumns.values())
                .map(column -> column.title)
                .toList();
        ImportJob job = jobs.run(id, file, headers, CHUNK, rows -> process(id, rows, rules), "registration");
        audit.record(new AuditRecord(
                user.getUsername(),
                user.role().name(),
                AuditAction.IMPORT,
                "force-registrations",
                id.toString(),
                null,
                null,
                job.summary()));
    }

    /** Checks and registers one chunk in one transaction, and records its progress and rejections. */
    private void process(UUID id, List<SheetReader.Row> rows, RegistrationRules rules) {
        transactions.executeWithoutResult(status -> {
            List<NewForceMember> accepted = new ArrayList<>();
            List<RefusedRow> refused = new ArrayList<>();
            int already = 0;
            for (SheetReader.Row row : rows) {
                if (row.isBlank()) {
                    continue;
                }
                RegistrationRules.Result result = rules.check(row);
                if (result.member() != null) {
                    accepted.add(result.member());
                } else if (result.alreadyRegistered()) {
                    already++;
                } else if (result.rejection() != null) {
                    refused.add(result.rejection());
                }
            }
            forces.register(accepted);
            jobs.progressed(id, rows.size(), accepted.size(), already, refused);
        });
    }

    private RegistrationRules rules(CurrentUser user) {
        Set<String> grids = this.grids.codesWithin(user.scope());
        Set<String> communities = regions.communitiesWithin(user.scope());
        Set<String> departmentCodes =
                new HashSet<>(departments.all().stream().map(Department::code).toList());
        // Only sign-ins whose whole area lies inside the importer's may be linked to a registration.
        Set<String> accounts = new HashSet<>(this.accounts.usernamesWithin(user.scope()));
        Map<String, ForceKind> kinds = new HashMap<>();
        for (ForceKind kind : ForceKind.values()) {
            kinds.put(kind.name(), kind);
            kinds.put(messages.getMessage("force.kind." + kind.name(), null, Locale.SIMPLIFIED_CHINESE), kind);
        }
        return new RegistrationRules(grids, communities, departmentCodes, accounts, kinds, store::registered);
    }
}
