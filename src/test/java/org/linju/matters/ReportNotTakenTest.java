package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A report not taken tells its sender why (the status) and when to try again (Retry-After). */
class ReportNotTakenTest {

    @Test
    void tooManyReportsAsksForAnHour() {
        TooManyReports refusal = new TooManyReports();

        assertThat(refusal.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refusal.retryAfterSeconds()).isEqualTo(3600);
    }

    @Test
    void busyIntakeAsksForAFewSeconds() {
        IntakeBusy busy = new IntakeBusy(new IllegalStateException("queue full"));

        assertThat(busy.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(busy.retryAfterSeconds()).isEqualTo(5);
    }
}
