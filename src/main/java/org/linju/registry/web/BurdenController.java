package org.linju.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.registry.BurdenFilter;
import org.linju.registry.BurdenReport;
import org.linju.registry.BurdenRow;
import org.linju.shared.ExcelCsv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The burden report (减负) on a page, filtered from the URL within the viewer's scope, and as a CSV download. */
@Controller
class BurdenController {

    private static final List<String> COLUMNS = List.of(
            "registry.department",
            "registry.month",
            "registry.burden.pushed",
            "registry.burden.admitted",
            "registry.burden.refused",
            "registry.burden.funded",
            "registry.burden.fundedYuan");

    private final BurdenReport report;
    private final AreaChoices areas;
    private final Departments departments;
    private final MessageSource messages;

    BurdenController(BurdenReport report, AreaChoices areas, Departments departments, MessageSource messages) {
        this.report = report;
        this.areas = areas;
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping("/registry/burden")
    String page(@AuthenticationPrincipal CurrentUser user, BurdenFilter filter, Model model) {
        checkReader(user);
        List<BurdenRow> rows = report.rows(user, filter);
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("departments", departments.all());
        model.addAttribute(
                "totalAdmitted", rows.stream().mapToLong(BurdenRow::admitted).sum());
        model.addAttribute(
                "totalRefused", rows.stream().mapToLong(BurdenRow::refused).sum());
        model.addAttribute(
                "totalFunded", rows.stream().mapToLong(BurdenRow::funded).sum());
        return "registry/burden";
    }

    @GetMapping("/registry/burden/export.csv")
    void export(@AuthenticationPrincipal CurrentUser user, BurdenFilter filter, HttpServletResponse response)
            throws IOException {
        checkReader(user);
        Locale locale = LocaleContextHolder.getLocale();
        ExcelCsv csv = ExcelCsv.download(response, "burden.csv");
        csv.row(COLUMNS.stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList());
        for (BurdenRow row : report.rows(user, filter)) {
            csv.text(row.departmentName())
                    .plain(row.month().toString())
                    .plain(row.pushed())
                    .plain(row.admitted())
                    .plain(row.refused())
                    .plain(row.funded())
                    .plain(row.fundedYuan().toPlainString())
                    .endRow();
        }
        csv.flush();
    }

    private static void checkReader(CurrentUser user) {
        if (!BurdenReport.mayRead(user)) {
            throw new OutOfScope("burden report");
        }
    }
}
