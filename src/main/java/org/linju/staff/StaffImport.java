package org.linju.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.AccountAdministration;
import org.linju.identity.AccountDraft;
import org.linju.identity.CurrentUser;
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
 * Staff accounts from an .xlsx workbook, as a kind of import ({@link Imports}): good rows opened, every refused row
 * reported with its reason; a username already open is counted, never opened twice. Imported accounts get no password
 * anybody knows: each waits until an admin issues it a temporary one, so no password passes through the import.
 */
@Service
public class StaffImport implements ImportKind {

    static final String KIND = "STAFF_ACCOUNTS";
    static final String BASE = "/admin/accounts/import";
    private static final ImportPage PAGE = new ImportPage(
            BASE,
            "account.import.title",
            "/admin/accounts",
            "account.title",
            List.of("account.username", "account.name"),
            "refused-accounts-",
            "staff/import");

    private final Imports imports;
    private final AccountAdministration administration;
    private final AccountAreas areas;
    private final MessageSource messages;

    StaffImport(Imports imports, AccountAdministration administration, AccountAreas areas, MessageSource messages) {
        this.imports = imports;
        this.administration = administration;
        this.areas = areas;
        this.messages = messages;
    }

    @Override
    public UUID start(CurrentUser user, String fileName, InputStream content) {
        if (!AccountAdministration.administersAccounts(user.role())) {
            throw new OutOfScope("account import");
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
        return Arrays.stream(StaffColumns.values()).map(column -> column.title).toList();
    }

    @Override
    public String messagePrefix() {
        return "account.import";
    }

    @Override
    public String auditSubject() {
        return "staff-accounts";
    }

    /** Someone else's import only for a district admin; none outside the watcher's area. */
    @Override
    public ImportJob shownTo(CurrentUser watcher, @Nullable ImportJob job) {
        if (job == null || !job.createdBy().equals(watcher.getUsername()) && watcher.role() != Role.DISTRICT_ADMIN) {
            throw new OutOfScope("account import");
        }
        return job;
    }

    /** Checks and opens each chunk; the importer's areas and roles are read once, when the import starts. */
    @Override
    public SheetChunks chunksFor(CurrentUser uploader) {
        StaffRules rules =
                new StaffRules(roles(), areas.codes(uploader), draft -> administration.refusal(uploader, draft));
        return rows -> {
            Map<String, SheetRow> accepted = new LinkedHashMap<>();
            List<AccountDraft> drafts = new ArrayList<>();
            List<RefusedRow> refused = new ArrayList<>();
            for (SheetRow row : rows) {
                if (row.isBlank()) {
                    continue;
                }
                StaffRules.Result result = rules.check(row);
                if (result.draft() != null) {
                    accepted.put(result.draft().username(), row);
                    drafts.add(result.draft());
                } else if (result.rejection() != null) {
                    refused.add(result.rejection());
                }
            }
            AccountAdministration.Opened opened = administration.openAwaitingPassword(uploader, drafts);
            for (String taken : opened.takenByOthers()) {
                refused.add(StaffRules.refusedRow(accepted.get(taken), "account.import.usernameTaken", taken));
            }
            return new SheetChunks.Outcome(
                    opened.opened().size(), opened.alreadyOpen().size(), refused);
        };
    }

    /** The workbook to fill in, with the importer's areas and the roles they may give on a second sheet. */
    public static void writeTemplate(OutputStream out, List<AccountAreas.Choice> areas, List<String> roleNames)
            throws IOException {
        StaffTemplate.write(out, areas, roleNames);
    }

    /** Roles by their code and by their Chinese name, the words of the template. */
    private Map<String, Role> roles() {
        Map<String, Role> roles = new HashMap<>();
        for (Role role : Role.values()) {
            roles.put(role.name(), role);
            roles.put(messages.getMessage(role.messageKey(), null, Locale.SIMPLIFIED_CHINESE), role);
        }
        return roles;
    }
}
