package org.linju.residents;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.Grids;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.imports.ImportJob;
import org.linju.imports.ImportKind;
import org.linju.imports.ImportPage;
import org.linju.imports.Imports;
import org.linju.imports.RefusedRow;
import org.linju.imports.SheetChunks;
import org.linju.imports.SheetRow;
import org.linju.privacy.DataPolicy;
import org.linju.shared.IdCardNumber;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Service;

/**
 * Resident rosters (.xlsx) as a kind of import ({@link Imports}: read in the background, 1,000 rows a transaction, with
 * progress for the page). Good rows are kept even when others are refused; every refused row is reported with its
 * reason. A row whose ID number is already registered in the uploader's area is skipped and counted, so uploading the
 * same file again creates no duplicates. One registered in another area is refused, and counts as an exact search by ID
 * number that found someone ({@link SearchThrottle}): otherwise a roster of guessed numbers would ask the whole
 * register what the search limits refuse. Past the limit the rest of the file is refused, new numbers too, so it tells
 * nothing more. The uploaded file holds plain personal data: the imports module keeps it only while it is read,
 * readable by the app alone.
 */
@Service
public class ResidentImport implements ImportKind {

    static final String KIND = "ROSTER";
    private static final ImportPage PAGE = new ImportPage(
            "/residents/import",
            "roster.title",
            "/residents",
            "resident.title",
            List.of("resident.name", "resident.idNumber"),
            "rejected-rows-");

    private final Imports imports;
    private final Grids grids;
    private final Residents residents;
    private final HouseholdStore households;
    private final SearchThrottle throttle;

    ResidentImport(
            Imports imports, Grids grids, Residents residents, HouseholdStore households, SearchThrottle throttle) {
        this.grids = grids;
        this.throttle = throttle;
        this.imports = imports;
        this.residents = residents;
        this.households = households;
    }

    /** Stores the upload privately and queues it; returns the import's id for the progress page. */
    @Override
    public UUID start(CurrentUser user, String fileName, InputStream content) {
        if (!DataPolicy.mayImport(user.role())) {
            throw new ImportNotAllowed();
        }
        return imports.start(this, user, fileName, content);
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public ImportPage page() {
        return PAGE;
    }

    @Override
    public List<String> headers() {
        return RosterColumns.headers();
    }

    @Override
    public String messagePrefix() {
        return "roster";
    }

    @Override
    public String auditSubject() {
        return "resident-roster";
    }

    /** Someone else's import only for those who see restricted tags; none outside the viewer's area. */
    @Override
    public ImportJob shownTo(CurrentUser watcher, @Nullable ImportJob job) {
        if (job == null) {
            throw new ResidentNotFound();
        }
        if (!job.createdBy().equals(watcher.getUsername()) && !showsOthersJobsTo(watcher)) {
            throw new ImportNotAllowed();
        }
        return job;
    }

    /** A roster's refused rows name people: others' jobs are for the roles that handle restricted tags. */
    @Override
    public boolean showsOthersJobsTo(CurrentUser watcher) {
        return DataPolicy.handlesRestrictedTags(watcher.role());
    }

    @Override
    public SheetChunks chunksFor(CurrentUser uploader) {
        return new Batch(uploader, rules(uploader));
    }

    private RosterRules rules(CurrentUser user) {
        Set<String> grids = this.grids.codesWithin(GridScope.unrestricted());
        Set<String> buildings = households.buildings(user.scope());
        return new RosterRules(
                grids::contains,
                grid -> RegionCode.isValid(grid) && user.scope().covers(RegionCode.of(grid)),
                (grid, building) -> buildings.contains(grid + "|" + building),
                DataPolicy.handlesRestrictedTags(user.role()));
    }

    /** Checks each chunk of one roster and stores its good rows; remembers ID numbers across chunks. */
    private final class Batch implements SheetChunks {

        private final CurrentUser uploader;
        private final RosterRules rules;
        private final Map<String, Integer> firstRowOfId = new HashMap<>();
        /** Past the uploader's search limit: every further row is refused. */
        private boolean stopped;

        Batch(CurrentUser uploader, RosterRules rules) {
            this.uploader = uploader;
            this.rules = rules;
        }

        @Override
        public Outcome store(List<SheetRow> rows) {
            List<RefusedRow> rejections = new ArrayList<>();
            List<NewResident> candidates = checked(rows, rejections);
            Map<IdCardNumber, String> registered = residents.registeredGrids(
                    candidates.stream().map(NewResident::idNumber).toList());
            List<NewResident> fresh = new ArrayList<>();
            int alreadyHere = 0;
            for (NewResident resident : candidates) {
                String grid = registered.get(resident.idNumber());
                String refusal = stopped ? "roster.searchLimit" : grid == null ? null : inArea(grid) ? "" : elsewhere();
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
            return new Outcome(fresh.size(), alreadyHere, rejections);
        }

        /** The rows that pass the rules and are not repeated in the file; the others go to {@code rejections}. */
        private List<NewResident> checked(List<SheetRow> rows, List<RefusedRow> rejections) {
            List<NewResident> candidates = new ArrayList<>();
            for (SheetRow row : rows) {
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
            return candidates;
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
}
