package org.linju.forces;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.ExcelCsv;
import org.linju.shared.LongStatements;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forces roster as a CSV that Excel opens, for the district's admins: every person the roster on screen shows
 * with the same filters, phones masked as on screen; the export is audited with its row count.
 */
@Service
public class RosterExport {

    private static final List<String> COLUMNS = List.of(
            "forces.name",
            "forces.kind",
            "grid.code",
            "forces.phone",
            "forces.skills",
            "forces.duties",
            "emergency.status");

    private final ForceRoster roster;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;

    RosterExport(ForceRoster roster, JdbcClient jdbc, AuditLog audit, MessageSource messages) {
        this.roster = roster;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    /** Whether the viewer may export the roster: the district's admins. */
    public static boolean mayExport(CurrentUser viewer) {
        return viewer.role() == Role.DISTRICT_ADMIN;
    }

    /** Writes the CSV; answers how many people it holds. */
    @Transactional
    public int export(CurrentUser viewer, ForceFilter filter, OutputStream out) throws IOException {
        if (!mayExport(viewer)) {
            throw new OutOfScope("forces export");
        }
        ForceFilter checked = filter.inArea(ForcesAccess.checkedArea(viewer, filter.area()));
        LongStatements.allowIn(jdbc);
        Locale locale = LocaleContextHolder.getLocale();
        ExcelCsv csv = ExcelCsv.on(out);
        csv.row(COLUMNS.stream().map(key -> text(key, locale)).toList());
        AtomicInteger count = new AtomicInteger();
        roster.each(viewer.scope().sqlPatterns(), checked, line -> {
            write(csv, line, locale);
            count.incrementAndGet();
        });
        csv.flush();
        audit.record(new AuditRecord(
                viewer.getUsername(),
                viewer.role().name(),
                AuditAction.EXPORT_PERSONAL_DATA,
                "forces",
                "export",
                checked.area(),
                null,
                "masked export of " + count.get() + " people"));
        return count.get();
    }

    private void write(ExcelCsv csv, RosterLine line, Locale locale) {
        ForceMember member = line.member();
        try {
            csv.text(member.name())
                    .text(text("force.kind." + member.kind().name(), locale))
                    .plain(member.gridCode() == null ? member.communityCode() : member.gridCode())
                    .text(member.maskedPhone())
                    .text(String.join("、", member.skills()))
                    .text(String.join(
                            "、",
                            line.duties().stream()
                                    .map(duty ->
                                            text("force.role." + duty.role().name(), locale) + " " + duty.side())
                                    .toList()))
                    .text(text(member.available() ? "forces.available" : "forces.unavailable", locale))
                    .endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
