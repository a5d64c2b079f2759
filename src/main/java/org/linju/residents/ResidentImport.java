package org.linju.residents;

import jakarta.annotation.PreDestroy;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.grid.Grids;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.privacy.DataPolicy;
import org.linju.shared.DaemonThreads;
import org.linju.shared.IdCardNumber;
import org.linju.shared.ImportJob;
import org.linju.shared.ImportJobs;
import org.linju.shared.RefusedRow;
import org.linju.shared.RegionCode;
import org.linju.shared.SheetImport;
import org.linju.shared.SheetReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports resident rosters (.xlsx) in the background, 1,000 rows a transaction, with progress for the page.
 * Good rows are kept even when others are refused; every refused row is reported with its reason. A row whose ID
 * number is already registered in the uploader's area is skipped and counted, so uploading the same file again creates
 * no duplicates. One registered in another area is refused, and counts as an exact search by ID number that found
 * someone ({@link SearchThrottle}): otherwise a roster of guessed numbers would ask the whole register what the
 * search limits refuse. Past the limit the rest of the file is refused, new numbers too, so it tells nothing more.
 * The uploaded file holds plain personal data: it lives under the data directory only while it is read, readable
 * by the app alone, and is deleted afterwards.
 */
@Service
public class ResidentImport {

    static final int CHUNK = 1_000;
    static final String KIND = "ROSTER";

    private final ImportJobs jobs;
    private final Residents residents;
    private final ResidentStore store;
    private final Grids grids;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final SearchThrottle throttle;
    private final Path uploads;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(DaemonThreads.named("roster-import"));

    ResidentImport(
            ImportJobs jobs,
            Residents residents,
            ResidentStore store,
            Grids grids,
            AuditLog audit,
            TransactionTemplate transactions,
            SearchThrottle throttle,
            @Value("${linju.data-dir:./data}") String dataDir) {
        this.throttle = throttle;
        this.jobs = jobs;
        this.residents = residents;
        this.store = store;
        this.grids = grids;
        this.audit = audit;
        this.transactions = transactions;
        this.uploads = Path.of(dataDir).toAbsolutePath().resolve("imports");
    }

    /** Stores the upload privately and queues it; returns the import's id for the progress page. */
    public UUID start(CurrentUser user, String fileName, InputStream content) {
        if (!DataPolicy.mayImport(user.role())) {
            throw new ImportNotAllowed();
        }
        UUID id = UUID.randomUUID();
        Path file = SheetImport.keep(uploads, id + ".xlsx", content);
        jobs.create(id, KIND, user.getUsername(), fileName, user.scope().roots());
        worker.submit(() -> run(id, file, user));
        return id;
    }

    public ImportJob status(CurrentUser user, UUID id) {
        ImportJob status = jobs.find(KIND, id, user.scope().sqlPatterns()).orElseThrow(ResidentNotFound::new);
        if (!status.createdBy().equals(user.getUsername()) && !DataPolicy.handlesRestrictedTags(user.role())) {
            throw new ImportNotAllowed();
        }
        return status;
    }

    /** The refused rows, each with the name and masked ID number. */
    public List<RefusedRow> rejections(CurrentUser user, UUID id) {
        status(user, id);
        return jobs.refused(id);
    }

    void run(UUID id, Path file, CurrentUser user) {
        ImportJob job =
                jobs.run(id, file, RosterColumns.headers(), CHUNK, new Batch(id, user, rules(user))::store, "roster");
        audit.record(new AuditRecord(
                user.getUsername(),
                user.role().name(),
                AuditAction.IMPORT,
                "resident-roster",
                id.toString(),
                null,
                null,
                job.summary()));
    }

    private RosterRules rules(CurrentUser user) {
        Set<String> grids = this.grids.codesWithin(GridScope.unrestricted());
        Set<String> buildings = store.buildings(user.scope());
        return new RosterRules(
                grids::contains,
                grid -> RegionCode.isValid(grid) && user.scope().covers(RegionCode.of(grid)),
                (grid, building) -> buildings.contains(grid + "|" + building),
                DataPolicy.handlesRestrictedTags(user.role()));
    }

    /** Collects rows into chunks and stores each chunk in its own transaction. */
    private final class Batch {

        private final UUID id;
        private final CurrentUser uploader;
        private final RosterRules rules;
        private final Map<String, Integer> firstRowOfId = new HashMap<>();
        /** Past the uploader's search limit: every further row is refused. */
        private boolean stopped;

        Batch(UUID id, CurrentUser uploader, RosterRules rules) {
            this.id = id;
            this.uploader = uploader;
            this.rules = rules;
        }

        /** Checks one chunk and stores it in its own transaction. */
        void store(List<SheetReader.Row> rows) {
            List<RefusedRow> rejections = new ArrayList<>();
            List<NewResident> candidates = new ArrayList<>();
            for (SheetReader.Row row : rows) {
                if (row.isBlank()) {
                    continue;
                }
                RosterRules.Result result = rules.check(row);
                if (result.rejection() != null) {
                    rejections.add(result.rejection());
                    continue;
                }
                NewResident resident = result.resident();
                Integer first = firstRowOfId.putIfAbsent(resident.idNumber().value(), row.number());
                if (first != null) {
                    rejections.add(new RefusedRow(
                            row.number(),
                            "roster.duplicateInFile",
                            String.valueOf(first),
                            List.of(resident.name(), resident.idNumber().masked())));
                    continue;
                }
                candidates.add(resident);
            }
            int processed = rows.size();
            transactions.executeWithoutResult(status -> {
                Map<IdCardNumber, String> registered = residents.registeredGrids(
                        candidates.stream().map(NewResident::idNumber).toList());
                List<NewResident> fresh = new ArrayList<>();
                int alreadyHere = 0;
                for (NewResident resident : candidates) {
                    String grid = registered.get(resident.idNumber());
                    String refusal =
                            stopped ? "roster.searchLimit" : grid == null ? null : inArea(grid) ? "" : elsewhere();
                    if (refusal == null) {
                        fresh.add(resident);
                    } else if (refusal.isEmpty()) {
                        alreadyHere++;
                    } else {
                        rejections.add(new RefusedRow(
                                firstRowOfId.get(resident.idNumber().value()),
                                refusal,
                                null,
                                List.of(resident.name(), resident.idNumber().masked())));
                    }
                }
                residents.register(fresh);
                jobs.progressed(id, processed, fresh.size(), alreadyHere, rejections);
            });
        }

        private boolean inArea(String grid) {
            return RegionCode.isValid(grid) && uploader.scope().covers(RegionCode.of(grid));
        }

        /** Someone registered outside the uploader's area: counted as a search that found them, while the limit allows. */
        private String elsewhere() {
            if (!throttle.admits(uploader)) {
                stopped = true;
                return "roster.searchLimit";
            }
            throttle.searched(uploader, true);
            return "roster.registeredElsewhere";
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
