package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Parallel reports with photos from one address cannot all pass the hourly limits before the first is counted. */
class PhotoReportsInFlightTest {

    private final PhotoReportsInFlight inFlight = new PhotoReportsInFlight();

    @Test
    void aSecondReportWithPhotosFromTheSameAddressWaitsForTheFirst() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> inFlight.oneAtATime("address-a", () -> {
            sending.countDown();
            await(release);
            return "first";
        }));
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> inFlight.oneAtATime("address-a", () -> "second"))
                .isInstanceOf(PhotoReportInProgress.class);
        assertThat(inFlight.oneAtATime("address-b", () -> "other address")).isEqualTo("other address");
        assertThat(inFlight.oneAtATime(null, () -> "no photos")).isEqualTo("no photos");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(inFlight.oneAtATime("address-a", () -> "after the first")).isEqualTo("after the first");
    }

    @Test
    void aReportThatFailsGivesItsAddressBack() {
        assertThatThrownBy(() -> inFlight.oneAtATime("address-a", () -> {
                    throw new TooManyReports();
                }))
                .isInstanceOf(TooManyReports.class);
        assertThat(inFlight.oneAtATime("address-a", () -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
