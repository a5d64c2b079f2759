package org.linju.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** District admins browse the audit log and check its chain (the path is admin-only in the security chain). */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String browse(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable AuditAction action,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditFilter filter = new AuditFilter(
                actor,
                action,
                subject,
                from == null ? null : onCalendar(from).atStartOfDay(CHINA).toInstant(),
                to == null
                        ? null
                        : onCalendar(to).plusDays(1).atStartOfDay(CHINA).toInstant());
        model.addAttribute("entries", log.search(filter, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("zone", CHINA);
        return "audit/auditLog";
    }

    /** A date the log and the database can hold; a year such as +999999999 is a typing error, answered 400. */
    private static LocalDate onCalendar(LocalDate date) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new DateOffTheCalendar();
        }
        return date;
    }

    /** A date filter outside the years 1 to 9999. */
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    static class DateOffTheCalendar extends RuntimeException {

        DateOffTheCalendar() {
            super("error.dateOffTheCalendar");
        }
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verdict", log.verify());
        return browse(null, null, null, null, null, 0, model);
    }
}
