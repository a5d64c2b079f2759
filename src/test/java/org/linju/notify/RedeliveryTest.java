package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

/** Only failed deliveries are retried, with backoff; one still queued or running is never sent a second time. */
class RedeliveryTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void aFailedDeliveryIsRetriedAfterItsBackoff() {
        assertThat(Redelivery.due(publication(EventPublication.Status.FAILED, 1), PUBLISHED.plusSeconds(29)))
                .isFalse();
        assertThat(Redelivery.due(publication(EventPublication.Status.FAILED, 1), PUBLISHED.plusSeconds(30)))
                .isTrue();
        assertThat(Redelivery.due(publication(EventPublication.Status.FAILED, 3), PUBLISHED.plusSeconds(119)))
                .isFalse();
        assertThat(Redelivery.due(publication(EventPublication.Status.FAILED, 3), PUBLISHED.plusSeconds(120)))
                .isTrue();
        assertThat(Redelivery.due(publication(EventPublication.Status.FAILED, 10), PUBLISHED.plusSeconds(1800)))
                .isTrue();
    }

    @Test
    void aDeliveryStillQueuedOrRunningIsLeftAloneHoweverOld() {
        Instant muchLater = PUBLISHED.plusSeconds(86_400);
        assertThat(Redelivery.due(publication(EventPublication.Status.PUBLISHED, 0), muchLater))
                .isFalse();
        assertThat(Redelivery.due(publication(EventPublication.Status.PROCESSING, 0), muchLater))
                .isFalse();
        assertThat(Redelivery.due(publication(EventPublication.Status.RESUBMITTED, 1), muchLater))
                .isFalse();
    }

    private static EventPublication publication(EventPublication.Status status, int attempts) {
        return new EventPublication() {

            @Override
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            @Override
            public Object getEvent() {
                return "event";
            }

            @Override
            public Instant getPublicationDate() {
                return PUBLISHED;
            }

            @Override
            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            @Override
            public Status getStatus() {
                return status;
            }

            @Override
            public Instant getLastResubmissionDate() {
                return null;
            }

            @Override
            public int getCompletionAttempts() {
                return attempts;
            }
        };
    }
}
