package org.linju.funds.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.funds.AlertView;
import org.linju.funds.DualMonitoring;
import org.linju.funds.FundsAlerts;
import org.linju.funds.MonitoringFilter;
import org.linju.funds.MonitoringRefused;
import org.linju.funds.MonitoringReport;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monitoring report of a period (page and Excel), the "run now" button, and an alert with its explanation. */
@Controller
class MonitoringController {

    private final MonitoringReport report;
    private final DualMonitoring monitoring;
    private final FundsAlerts alerts;
    private final AreaChoices areas;
    private final MonitoringExcel excel;
    private final Clock clock;

    MonitoringController(
            MonitoringReport report,
            DualMonitoring monitoring,
            FundsAlerts alerts,
            AreaChoices areas,
            MonitoringExcel excel,
            Clock clock) {
        this.report = report;
        this.monitoring = monitoring;
        this.alerts = alerts;
        this.areas = areas;
        this.excel = excel;
        this.clock = clock;
    }

    @GetMapping("/funds/monitoring")
    String report(@AuthenticationPrincipal CurrentUser user, MonitoringFilter filter, Model model) {
        YearMonth period = period(user, filter);
        model.addAttribute("period", period);
        model.addAttribute("filter", filter);
        model.addAttribute("page", report.page(user, filter, period));
        model.addAttribute("accountability", report.accountability(user, filter, period));
        model.addAttribute("areaChoices", areas.within(user.scope()));
        model.addAttribute("tolerance", monitoring.tolerance());
        model.addAttribute("mayRun", user.role() == Role.DISTRICT_ADMIN);
        model.addAttribute("alertStates", List.of("OPEN", "EXPLAINED", "CLEARED"));
        return "funds/monitoring";
    }

    @GetMapping("/funds/monitoring.xlsx")
    void download(@AuthenticationPrincipal CurrentUser user, MonitoringFilter filter, HttpServletResponse response)
            throws IOException {
        YearMonth period = period(user, filter);
        excel.write(report.all(user, filter, period), report.accountability(user, filter, period), period, response);
    }

    @PostMapping("/funds/monitoring/run")
    String run(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam @Nullable String period,
            RedirectAttributes redirect) {
        YearMonth month = parse(period == null ? "" : period);
        DualMonitoring.RunSummary summary = monitoring.runNow(user, month);
        redirect.addFlashAttribute("ran", summary);
        return "redirect:/funds/monitoring?period=" + month;
    }

    @GetMapping("/funds/monitoring/alerts/{id}")
    String alert(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return alertPage(user, alerts.alert(user, id), model);
    }

    @PostMapping("/funds/monitoring/alerts/{id}")
    String explain(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cause,
            @RequestParam(required = false) @Nullable String correction,
            Model model,
            HttpServletResponse response) {
        try {
            alerts.explain(user, id, cause, correction);
        } catch (MonitoringRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("cause", cause);
            model.addAttribute("correction", correction);
            return alertPage(user, alerts.alert(user, id), model);
        }
        return "redirect:/funds/monitoring/alerts/" + id;
    }

    private String alertPage(CurrentUser user, AlertView alert, Model model) {
        model.addAttribute("alert", alert);
        model.addAttribute("mayExplain", FundsAlerts.mayExplain(user, alert));
        model.addAttribute("zone", DateRange.CHINA);
        return "funds/monitoringAlert";
    }

    private YearMonth period(CurrentUser user, MonitoringFilter filter) {
        if (!MonitoringReport.mayRead(user)) {
            throw new OutOfScope("funds monitoring report");
        }
        String asked = filter.period();
        return asked == null || asked.isBlank() ? lastMonth() : parse(asked);
    }

    private static YearMonth parse(String period) {
        try {
            return YearMonth.parse(period.strip());
        } catch (RuntimeException e) {
            throw new MonitoringRefused("funds.monitoring.badPeriod");
        }
    }

    private YearMonth lastMonth() {
        return YearMonth.from(clock.instant().atZone(DateRange.CHINA)).minusMonths(1);
    }
}
