package org.linju.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.linju.shared.DateRange;
import org.linju.shared.ExcelCsv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** District admins browse, export and check the audit log (the paths are admin-only in the security chain). */
@Controller
class AuditController {

    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DateRange.CHINA);
    private static final List<String> COLUMNS = List.of(
            "audit.when",
            "audit.actor",
            "audit.role",
            "audit.action",
            "audit.subject",
            "audit.subjectId",
            "audit.reason",
            "audit.detail");

    private final AuditLog log;
    private final MessageSource messages;

    AuditController(AuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String browse(AuditQuery query, Model model) {
        model.addAttribute("page", log.page(query.filter(), query.request()));
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("zone", DateRange.CHINA);
        return "audit/auditLog";
    }

    /** The entries the filters match, as CSV; the export is itself an audit entry. */
    @GetMapping("/admin/audit/export.csv")
    void export(AuditQuery query, Authentication admin, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        ExcelCsv csv = ExcelCsv.download(response, "audit.csv");
        csv.row(COLUMNS.stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList());
        log.export(query.filter(), query.request(), admin.getName(), role(admin), entry -> write(csv, entry, locale));
        csv.flush();
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verdict", log.verify());
        return browse(new AuditQuery(null, null, null, null, null, null, null, null, null), model);
    }

    private void write(ExcelCsv csv, AuditEntry entry, Locale locale) {
        try {
            csv.plain(SECOND.format(entry.recordedAt()))
                    .text(entry.actor())
                    .text(entry.actorRole())
                    .text(messages.getMessage("audit.action." + entry.action().name(), null, locale))
                    .text(entry.subjectType())
                    .text(entry.subjectId())
                    .text(entry.reason())
                    .text(entry.detail())
                    .endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String role(Authentication admin) {
        return admin.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .findFirst()
                .orElse("");
    }
}
