package org.linju.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries deliveries that failed (webhook down, database hiccup) with exponential backoff: 30 s, 1 min, 2 min, …
 * up to 30 min between attempts, for as long as it takes. Only failed ones: a delivery still queued or running is
 * left alone however old it is (resubmitting it would send it twice); one that a stop left behind is marked failed by
 * the stale-publication settings and retried then. At most {@link #BATCH} per round, and none once the application
 * is closing (its listener executor is stopping).
 */
@Component
class Redelivery {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofMinutes(30);
    static final int BATCH = 500;

    private final IncompleteEventPublications incomplete;
    private final Clock clock;
    private volatile boolean closing;

    Redelivery(IncompleteEventPublications incomplete, Clock clock) {
        this.incomplete = incomplete;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${linju.notify.redelivery-interval:15s}", initialDelayString = "15s")
    void retry() {
        Instant now = clock.instant();
        AtomicInteger budget = new AtomicInteger(BATCH);
        incomplete.resubmitIncompletePublications(
                publication -> !closing && due(publication, now) && budget.getAndDecrement() > 0);
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        closing = true;
    }

    static boolean due(EventPublication publication, Instant now) {
        if (publication.getStatus() != EventPublication.Status.FAILED) {
            return false;
        }
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        int attempts = Math.max(0, Math.min(publication.getCompletionAttempts(), 10));
        Duration wait = FIRST.multipliedBy(1L << Math.max(0, attempts - 1));
        return !last.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait).isAfter(now);
    }
}
