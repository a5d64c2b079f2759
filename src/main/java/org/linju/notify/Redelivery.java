package org.linju.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries deliveries that failed (webhook down, database hiccup) with exponential backoff: 30 s, 1 min, 2 min, …
 * up to 30 min between attempts, for as long as it takes.
 */
@Component
class Redelivery {

	static final Duration FIRST = Duration.ofSeconds(30);
	static final Duration LONGEST = Duration.ofMinutes(30);

	private final IncompleteEventPublications incomplete;
	private final Clock clock;

	Redelivery(IncompleteEventPublications incomplete, Clock clock) {
		this.incomplete = incomplete;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${linju.notify.redelivery-interval:15s}", initialDelayString = "15s")
	void retry() {
		Instant now = clock.instant();
		incomplete.resubmitIncompletePublications(publication -> due(publication, now));
	}

	static boolean due(EventPublication publication, Instant now) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		int attempts = Math.max(0, Math.min(publication.getCompletionAttempts(), 10));
		Duration wait = FIRST.multipliedBy(1L << Math.max(0, attempts - 1));
		return !last.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait).isAfter(now);
	}
}
