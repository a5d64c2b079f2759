package org.linju.demo;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.linju.funds.BudgetLine;
import org.linju.funds.BudgetLines;
import org.linju.funds.LinePayments;
import org.linju.funds.NewPayment;
import org.linju.funds.PerformanceTargets;
import org.linju.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * One month of the demo's water lines: each line's payment of the month and its targets' planned and actual values.
 * The payment carries a key of its line and month, so the load and the history may both reach a month: it is paid once.
 */
@Component
class DemoFundsMonths {

    private final BudgetLines lines;
    private final LinePayments payments;
    private final PerformanceTargets targets;

    DemoFundsMonths(BudgetLines lines, LinePayments payments, PerformanceTargets targets) {
        this.lines = lines;
        this.payments = payments;
        this.targets = targets;
    }

    /** The demo's water lines of the year in the admin's scope, in the plan's order (absent ones left out). */
    List<BudgetLine> waterLines(CurrentUser admin) {
        List<BudgetLine> all = lines.inScope(admin.scope(), DemoFundsPlan.YEAR);
        return DemoFundsPlan.LINES.stream()
                .flatMap(plan -> all.stream().filter(line -> line.name().equals(plan.name())).findFirst().stream())
                .toList();
    }

    void record(CurrentUser admin, BudgetLine line, YearMonth month) {
        int index = indexOf(line);
        DemoFundsPlan.Line plan = DemoFundsPlan.LINES.get(index);
        payments.pay(
                admin,
                line.id(),
                new NewPayment(
                        month.atDay(15),
                        DemoFundsPlan.payment(plan, month),
                        NewPayment.PayeeKind.ORGANISATION,
                        DemoFundsPlan.PAYEES[(index + month.getMonthValue()) % DemoFundsPlan.PAYEES.length],
                        DemoFundsPlan.voucher(index, month),
                        null,
                        null),
                "demo-" + DemoFundsPlan.voucher(index, month));
        List<PerformanceTargets.Target> shown = targets.of(line.id());
        for (int i = 0; i < shown.size() && i < plan.targets().size(); i++) {
            DemoFundsPlan.Target target = plan.targets().get(i);
            UUID id = shown.get(i).id();
            targets.record(
                    admin,
                    line.id(),
                    id,
                    month,
                    DemoFundsPlan.planned(target, month),
                    DemoFundsPlan.actual(plan, target, month));
        }
    }

    private static int indexOf(BudgetLine line) {
        for (int i = 0; i < DemoFundsPlan.LINES.size(); i++) {
            if (DemoFundsPlan.LINES.get(i).name().equals(line.name())) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a demo water line: " + line.name());
    }
}
