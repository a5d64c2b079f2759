package org.linju.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Random;
import java.util.UUID;
import org.linju.funds.BudgetLine;
import org.linju.funds.BudgetLines;
import org.linju.funds.LineDocuments;
import org.linju.funds.NewBudgetLine;
import org.linju.funds.NewTarget;
import org.linju.funds.PerformanceTargets;
import org.linju.funds.StandardLines;
import org.linju.funds.UploadedFile;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo district's budget lines of 2026: the water lines of {@link DemoFundsPlan}, each with its targets and the
 * city's management rules for the special fund, paid month by month up to where the replayed history begins (which
 * pays the rest); and the two standard lines of every grid.
 */
@Component
@Order(65)
class DemoFunds implements DemoChapter {

    private static final Logger log = LoggerFactory.getLogger(DemoFunds.class);
    static final String RULES = "《宜春市水利建设专项资金管理办法》";

    private final BudgetLines lines;
    private final PerformanceTargets targets;
    private final LineDocuments documents;
    private final StandardLines standard;
    private final DemoFundsMonths months;
    private final Accounts accounts;
    private final Clock clock;
    private final int historyDays;

    DemoFunds(
            BudgetLines lines,
            PerformanceTargets targets,
            LineDocuments documents,
            StandardLines standard,
            DemoFundsMonths months,
            Accounts accounts,
            Clock clock,
            @Value("${linju.demo.history-days:90}") int historyDays) {
        this.lines = lines;
        this.targets = targets;
        this.documents = documents;
        this.standard = standard;
        this.months = months;
        this.accounts = accounts;
        this.clock = clock;
        this.historyDays = historyDays;
    }

    @Override
    public void load(Random random) {
        CurrentUser admin = accounts.loadUserByUsername("admin");
        for (DemoFundsPlan.Line plan : DemoFundsPlan.LINES) {
            UUID id = lines.create(
                    admin,
                    new NewBudgetLine(
                            DemoFundsPlan.YEAR,
                            plan.name(),
                            plan.source(),
                            plan.classification(),
                            DemoFundsPlan.UNIT,
                            "admin",
                            DemoDistrict.DISTRICT,
                            BigDecimal.valueOf(plan.yuan())));
            for (DemoFundsPlan.Target target : plan.targets()) {
                targets.add(
                        admin,
                        id,
                        new NewTarget(
                                target.dimension(),
                                target.name(),
                                target.unit(),
                                true,
                                new BigDecimal(target.baseline()),
                                new BigDecimal(target.target())));
            }
            lines.activate(admin, id);
            documents.upload(admin, id, RULES, new UploadedFile("yichun-water-fund-rules.pdf", rules()));
        }
        payUntilTheHistory(admin);
        int created = standard.generate(admin, DemoFundsPlan.YEAR);
        log.info("Demo funds: {} water lines and {} standard grid lines", DemoFundsPlan.LINES.size(), created);
    }

    /** The months of the year whose payday (the 15th) comes before the replayed history starts (all past months without one). */
    private void payUntilTheHistory(CurrentUser admin) {
        Instant historyStart = clock.instant().minus(Duration.ofDays(historyDays));
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(DemoFundsPlan.YEAR, m);
            if (DemoFundsPlan.payday(month).isBefore(historyStart)) {
                for (BudgetLine line : months.waterLines(admin)) {
                    months.record(admin, line, month);
                }
            }
        }
    }

    /** A small PDF standing for the city's rules (the real text is the city's to publish). */
    private static byte[] rules() {
        return ("%PDF-1.4\n% " + RULES + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
