package org.linju;

import org.linju.shared.DatabaseAway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.util.ErrorHandler;

/**
 * Failures of scheduled jobs (tally folding every five seconds, escalation, redelivery …): while the database is away
 * each kind is logged once a minute ({@link DatabaseOutages}), not as a stack trace every round; anything else as
 * before, with its stack trace. The job runs again at its next time either way.
 */
@Component
class ScheduledJobFailures implements ErrorHandler, ThreadPoolTaskSchedulerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobFailures.class);

    private final DatabaseOutages outages;

    ScheduledJobFailures(DatabaseOutages outages) {
        this.outages = outages;
    }

    @Override
    public void customize(ThreadPoolTaskScheduler scheduler) {
        scheduler.setErrorHandler(this);
    }

    @Override
    public void handleError(Throwable failure) {
        Throwable outage = DatabaseAway.outageIn(failure);
        if (outage != null) {
            outages.report(outage, "a scheduled job");
        } else {
            log.error("Scheduled job failed; it runs again at its next time", failure);
        }
    }
}
