package org.linju.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.linju.funds.BudgetLine;
import org.linju.funds.BudgetLines;
import org.linju.funds.LinePayments;
import org.linju.funds.NewPayment;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.linju.shared.SteerableClock;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The money of the replayed months: on the 15th the water lines pay their month and record their targets' values, and
 * the replayed grids' workers are paid their month's pay (one twelfth of the standard line), each on the steered clock.
 */
@Component
@Order(65)
class HistoryFunds implements HistoryChapter {

    private final DemoFundsMonths months;
    private final BudgetLines lines;
    private final LinePayments payments;
    private final Accounts accounts;
    private final SteerableClock clock;

    HistoryFunds(
            DemoFundsMonths months, BudgetLines lines, LinePayments payments, Accounts accounts, SteerableClock clock) {
        this.months = months;
        this.lines = lines;
        this.payments = payments;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void replay(HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end) {
        CurrentUser admin = accounts.loadUserByUsername("admin");
        List<BudgetLine> water = months.waterLines(admin);
        List<BudgetLine> pay = lines.inScope(admin.scope(), DemoFundsPlan.YEAR).stream()
                .filter(line -> "GRID_WORKER_PAY".equals(line.standard()))
                .filter(line -> grids.stream().anyMatch(grid -> grid.code().equals(line.areaCode())))
                .toList();
        YearMonth month = YearMonth.from(start.atZone(DateRange.CHINA));
        while (!month.isAfter(YearMonth.from(end.atZone(DateRange.CHINA)))) {
            Instant at = DemoFundsPlan.payday(month);
            YearMonth paid = month;
            if (month.getYear() == DemoFundsPlan.YEAR && at.isAfter(start) && at.isBefore(end)) {
                clock.at(at, () -> {
                    water.forEach(line -> months.record(admin, line, paid));
                    pay.forEach(line -> payWorkers(admin, line, paid.atDay(15)));
                    return null;
                });
            }
            month = month.plusMonths(1);
        }
    }

    private void payWorkers(CurrentUser admin, BudgetLine line, LocalDate day) {
        String voucher = "WG" + day.getYear() + "-" + String.format("%02d", day.getMonthValue());
        payments.pay(
                admin,
                line.id(),
                new NewPayment(
                        day,
                        BigDecimal.valueOf(line.amountFen() / 12, 2),
                        NewPayment.PayeeKind.ORGANISATION,
                        "区网格员报酬代发账户",
                        voucher,
                        null,
                        null),
                "demo-" + line.id() + "-" + voucher);
    }
}
