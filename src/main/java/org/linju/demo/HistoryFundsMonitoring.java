package org.linju.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.linju.funds.AccountabilityDraft;
import org.linju.funds.AlertView;
import org.linju.funds.DualMonitoring;
import org.linju.funds.FundsAlerts;
import org.linju.funds.LineClosing;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.linju.shared.SteerableClock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The dual monitoring of the budget lines the funds history left (none, and nothing happens, when it left none): the
 * monthly run of each month that ended in the window, on the first of the next month, as the schedule would have done;
 * a few days later the owners explain two alerts in three; lines catching up clear their alerts on the next run. A line
 * of an earlier fiscal year still open is closed at the end, with an accountability record when a target was missed.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class HistoryFundsMonitoring implements HistoryChapter {

    private static final String[][] EXPLANATIONS = {
        {"项目招标推迟，施工单位进场晚于计划", "已完成招标，下月支付首期工程款并按月跟踪进度"},
        {"部分支出待审计结算后支付", "督促结算审核，结算后十个工作日内支付"},
        {"居民意见征询耗时较长，工程开工推迟", "征询已完成，调整施工计划，分段同步推进"}
    };

    private final DualMonitoring monitoring;
    private final FundsAlerts alerts;
    private final LineClosing closing;
    private final Accounts accounts;
    private final SteerableClock clock;

    HistoryFundsMonitoring(
            DualMonitoring monitoring,
            FundsAlerts alerts,
            LineClosing closing,
            Accounts accounts,
            SteerableClock clock) {
        this.monitoring = monitoring;
        this.alerts = alerts;
        this.closing = closing;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public boolean afterMatters() {
        return true;
    }

    @Override
    public void replay(HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end) {
        YearMonth month = YearMonth.from(start.atZone(DateRange.CHINA));
        int explained = 0;
        while (true) {
            Instant run = month.plusMonths(1)
                    .atDay(1)
                    .atTime(3, 20)
                    .atZone(DateRange.CHINA)
                    .toInstant();
            if (run.isAfter(end)) {
                break;
            }
            if (run.isAfter(start)) {
                YearMonth period = month;
                clock.at(run, () -> monitoring.run(period));
                Instant later = run.plus(Duration.ofDays(4));
                explained = explain(later.isAfter(end) ? end : later, explained);
            }
            month = month.plusMonths(1);
        }
        closeOneLeftOpen(end);
    }

    /** Two alerts in three explained by their owners; returns how many were looked at. */
    private int explain(Instant at, int seen) {
        int count = seen;
        for (String owner : alerts.ownersAwaiting()) {
            CurrentUser user = accounts.find(owner).orElse(null);
            if (user == null) {
                continue;
            }
            for (AlertView alert : alerts.awaitingExplanation(owner)) {
                if (count++ % 3 != 2) {
                    String[] text = EXPLANATIONS[count % EXPLANATIONS.length];
                    clock.at(at, () -> {
                        alerts.explain(user, alert.id(), text[0], text[1]);
                        return null;
                    });
                }
            }
        }
        return count;
    }

    private void closeOneLeftOpen(Instant end) {
        CurrentUser admin = accounts.find("admin").orElse(null);
        if (admin == null) {
            return;
        }
        int year = end.atZone(DateRange.CHINA).getYear();
        List<UUID> open = closing.activeBefore(admin, year);
        if (open.isEmpty()) {
            return;
        }
        UUID line = open.get(0);
        String accountable = closing.candidates(closing.line(admin, line)).keySet().stream()
                .findFirst()
                .orElse(null);
        if (accountable == null) {
            return;
        }
        LocalDate decided = LocalDate.ofInstant(end, DateRange.CHINA).minusDays(1);
        clock.at(end, () -> {
            closing.close(
                    admin,
                    line,
                    new AccountabilityDraft(accountable, "INTERVIEW", "约谈项目负责人，限期提交整改报告", "区财政局", decided));
            return null;
        });
    }
}
