package org.linju.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.linju.identity.Accounts;
import org.linju.matters.OpenMatters;
import org.linju.matters.Reporter;
import org.linju.shared.SteerableClock;
import org.linju.workshops.PublicWorkshops;
import org.linju.workshops.WorkshopReports;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two reports from titled workshops' public pages (扫码监督), made near the end of the window through the public
 * form's path, so they run through the intake like any resident's report and count on the workshops' pages. The
 * public list holds only titled workshops, which lie in the home street.
 */
@Component
@Order(75)
class HistoryWorkshops implements HistoryChapter {

    private static final String[][] REPORTS = {
        {"上个月的计件工资到现在还没有发，问了负责人说再等等。", "192.0.2.41"},
        {"工坊门口的公示栏很久没有更新账目了，想看看收支情况。", "192.0.2.42"}
    };

    private final PublicWorkshops workshops;
    private final WorkshopReports reports;
    private final OpenMatters matters;
    private final Accounts accounts;
    private final SteerableClock clock;

    HistoryWorkshops(
            PublicWorkshops workshops,
            WorkshopReports reports,
            OpenMatters matters,
            Accounts accounts,
            SteerableClock clock) {
        this.workshops = workshops;
        this.reports = reports;
        this.matters = matters;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void replay(HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end) {
        String home = accounts.loadUserByUsername("secretary")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        // Only in a replay of the whole demo (with the home community): a partial replay (DemoHistoryIT) counts its
        // own matters exactly, and the workshops lie in the home street.
        List<PublicWorkshops.Titled> titled = workshops.titled();
        if (titled.isEmpty()
                || !end.isAfter(start)
                || grids.stream().noneMatch(g -> g.community().equals(home))) {
            return;
        }
        // a wage or accounts complaint is a dispute (矛盾纠纷) in the standard catalogue
        String category = matters.categories().stream()
                .map(OpenMatters.Kind::code)
                .filter(code -> code.startsWith("13") && code.length() > 2)
                .findFirst()
                .orElse(matters.categories().get(0).code());
        Duration step = Duration.between(start, end).dividedBy(REPORTS.length + 1);
        for (int i = 0; i < REPORTS.length && i < titled.size(); i++) {
            PublicWorkshops.Titled workshop = titled.get(i);
            String[] report = REPORTS[i];
            clock.at(
                    start.plus(step.multipliedBy(i + 1)),
                    () -> reports.report(
                            workshop.id(),
                            report[0],
                            category,
                            null,
                            "demo-workshop-" + workshop.id(),
                            Reporter.of(null, report[1])));
        }
    }
}
