package org.linju.funds;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the dual monitoring for the month just ended, on the first days of each month in China time: the later days
 * only catch a run missed on the first (a node down), since a period already checked records nothing again.
 */
@Component
class MonitoringSchedule {

    private static final Logger log = LoggerFactory.getLogger(MonitoringSchedule.class);

    private final DualMonitoring monitoring;
    private final Clock clock;

    MonitoringSchedule(DualMonitoring monitoring, Clock clock) {
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @Scheduled(cron = "${linju.funds.monitoring.cron:0 20 3 1-3 * *}", zone = "Asia/Shanghai")
    void lastMonth() {
        DualMonitoring.RunSummary summary =
                monitoring.run(MonitoringPeriods.of(clock.instant()).minusMonths(1));
        log.info(
                "Funds monitoring {}: {} lines, {} checks, {} alerts raised, {} cleared",
                summary.period(),
                summary.lines(),
                summary.checks(),
                summary.raised(),
                summary.cleared());
    }
}
