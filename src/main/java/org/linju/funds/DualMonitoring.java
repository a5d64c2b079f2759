package org.linju.funds;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.linju.funds.DualMonitoringStore.CheckKey;
import org.linju.funds.DualMonitoringStore.MonitoredLine;
import org.linju.funds.DualMonitoringStore.MonitoredTarget;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly dual monitoring (双监控) of every active line: execution against time elapsed, and each target's actual
 * against its planned value. A check is recorded once per line, period and check, so a rerun (or a second node running
 * the same schedule) records nothing and raises nothing again. A check behind by more than the tolerance opens an alert
 * to the line's owner unless one is open already; a check back within tolerance clears the open alert of the same line
 * and check raised in an earlier period.
 */
@Service
public class DualMonitoring {

    /** What one run did (a flash attribute after "run now", so kept in the session: serializable). */
    public record RunSummary(YearMonth period, int lines, int checks, int raised, int cleared)
            implements Serializable {}

    private final DualMonitoringStore store;
    private final DeviationCheck deviations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate perLine;
    private final Clock clock;

    DualMonitoring(
            DualMonitoringStore store,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${linju.funds.monitoring.tolerance:10}") BigDecimal tolerance) {
        this.store = store;
        this.events = events;
        this.perLine = new TransactionTemplate(transactions);
        this.clock = clock;
        this.deviations = new DeviationCheck(tolerance);
    }

    /** The tolerance in percentage points. */
    public BigDecimal tolerance() {
        return deviations.tolerance();
    }

    /** The "run now" of a district administrator, for a month that has begun. */
    public RunSummary runNow(CurrentUser user, YearMonth period) {
        if (user.role() != Role.DISTRICT_ADMIN) {
            throw new OutOfScope("funds monitoring run");
        }
        if (period.isAfter(MonitoringPeriods.of(clock.instant()))) {
            throw new MonitoringRefused("funds.monitoring.futurePeriod");
        }
        return run(period);
    }

    /** Checks every line active at the period's end, each line in a transaction of its own. */
    public RunSummary run(YearMonth period) {
        int lines = 0;
        int[] counts = new int[3];
        for (MonitoredLine line : store.activeLines(period)) {
            int[] done = perLine.execute(status -> check(line, period));
            for (int i = 0; i < counts.length; i++) {
                counts[i] += done[i];
            }
            lines++;
        }
        return new RunSummary(period, lines, counts[0], counts[1], counts[2]);
    }

    private int[] check(MonitoredLine line, YearMonth period) {
        int[] counts = new int[3];
        BigDecimal elapsed = DeviationCheck.elapsed(line.fiscalYear(), period);
        act(
                line,
                period,
                CheckKey.EXECUTION,
                null,
                deviations.execution(line.spentFen(), line.amountFen(), elapsed),
                counts);
        for (MonitoredTarget target : store.targets(line.id(), period)) {
            if (target.actual() == null) {
                continue; // nothing reported for the period: nothing to compare
            }
            DeviationCheck.Outcome outcome = deviations.attainment(
                    target.planned(),
                    target.actual(),
                    target.target(),
                    target.baseline(),
                    target.higherIsBetter(),
                    elapsed);
            act(line, period, CheckKey.target(target.id()), target.name(), outcome, counts);
        }
        return counts;
    }

    private void act(
            MonitoredLine line,
            YearMonth period,
            CheckKey key,
            @Nullable String targetName,
            DeviationCheck.Outcome outcome,
            int[] counts) {
        if (!store.record(line.id(), period, key, outcome, tolerance(), clock.instant())) {
            return;
        }
        counts[0]++;
        if (outcome.withinTolerance()) {
            if (store.clear(line.id(), period, key, clock.instant())) {
                counts[2]++;
            }
            return;
        }
        store.raise(line, period, key, outcome.deviation(), clock.instant()).ifPresent(alert -> {
            counts[1]++;
            events.publishEvent(new FundsAlertRaised(
                    alert,
                    line.id(),
                    line.name(),
                    period.toString(),
                    key.type(),
                    targetName,
                    outcome.deviation(),
                    line.ownerAccount()));
        });
    }
}
