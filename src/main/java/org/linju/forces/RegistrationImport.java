package org.linju.forces;

import java.io.InputStream;
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
import org.jspecify.annotations.Nullable;
import org.linju.grid.Grids;
import org.linju.grid.Regions;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.imports.ImportJob;
import org.linju.imports.ImportKind;
import org.linju.imports.ImportPage;
import org.linju.imports.Imports;
import org.linju.imports.RefusedRow;
import org.linju.imports.SheetChunks;
import org.linju.imports.SheetRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Bulk registration from an .xlsx workbook (e.g. a department's list of cadres registering into grids), as a kind of
 * import ({@link Imports}: kept privately, read in the background 1,000 rows per transaction with a progress bar):
 * good rows registered, every refused row reported with its reason; re-uploading registers nobody twice.
 */
@Service
public class RegistrationImport implements ImportKind {

    static final String KIND = "REGISTRATION";
    static final Set<Role> IMPORTERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);
    private static final ImportPage PAGE = new ImportPage(
            "/forces/import",
            "registration.title",
            "/forces",
            "forces.title",
            List.of("forces.name"),
            "refused-registrations-");

    private final Grids grids;
    private final Regions regions;
    private final Imports imports;
    private final Accounts accounts;
    private final Forces forces;
    private final ForceRegister register;
    private final Departments departments;
    private final MessageSource messages;

    RegistrationImport(
            Grids grids,
            Regions regions,
            Imports imports,
            Accounts accounts,
            Forces forces,
            ForceRegister register,
            Departments departments,
            MessageSource messages) {
        this.grids = grids;
        this.regions = regions;
        this.imports = imports;
        this.accounts = accounts;
        this.forces = forces;
        this.register = register;
        this.departments = departments;
        this.messages = messages;
    }

    @Override
    public UUID start(CurrentUser user, String fileName, InputStream content) {
        if (!IMPORTERS.contains(user.role())) {
            throw new OutOfScope("registration import");
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
        return Arrays.stream(RegistrationColumns.values())
                .map(column -> column.title)
                .toList();
    }

    @Override
    public String messagePrefix() {
        return "registration";
    }

    @Override
    public String auditSubject() {
        return "force-registrations";
    }

    /** Someone else's import only for a district admin; none outside the viewer's area. */
    @Override
    public ImportJob shownTo(CurrentUser watcher, @Nullable ImportJob job) {
        if (job == null || !job.createdBy().equals(watcher.getUsername()) && !showsOthersJobsTo(watcher)) {
            throw new OutOfScope("registration import");
        }
        return job;
    }

    @Override
    public boolean showsOthersJobsTo(CurrentUser watcher) {
        return watcher.role() == Role.DISTRICT_ADMIN;
    }

    /** Checks and registers each chunk; the rules are read once, when the import starts. */
    @Override
    public SheetChunks chunksFor(CurrentUser uploader) {
        RegistrationRules rules = rules(uploader);
        return rows -> {
            List<NewForceMember> accepted = new ArrayList<>();
            List<RefusedRow> refused = new ArrayList<>();
            int already = 0;
            for (SheetRow row : rows) {
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
            return new SheetChunks.Outcome(accepted.size(), already, refused);
        };
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
        return new RegistrationRules(grids, communities, departmentCodes, accounts, kinds, register::registered);
    }
}
