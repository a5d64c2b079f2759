package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchWriterTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(40);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<List<Integer>> writes = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopCallers() {
        release.countDown();
        callers.shutdownNow();
    }

    /** A writer whose first write waits for {@link #release}, so the items sent meanwhile queue up behind it. */
    private BatchWriter<Integer, Integer> writer(
            int capacity, Duration patience, Function<List<Integer>, List<Integer>> work) {
        return new BatchWriter<>(
                "test",
                1,
                100,
                capacity,
                patience,
                items -> {
                    writes.add(items);
                    await(release);
                    return work.apply(items);
                },
                e -> e instanceof IllegalArgumentException);
    }

    private static List<Integer> doubled(List<Integer> items) {
        return items.stream().map(i -> i * 2).toList();
    }

    private Future<Integer> send(BatchWriter<Integer, Integer> writer, int item) {
        return callers.submit(() -> writer.submit(item));
    }

    @Test
    void everyCallerGetsItsOwnResultWhileManyShareABatch() throws Exception {
        try (BatchWriter<Integer, Integer> writer = writer(1_000, Duration.ofSeconds(10), BatchWriterTest::doubled)) {
            Future<Integer> first = send(writer, -1);
            waitFor(() -> writes.size() == 1);
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                others.add(send(writer, i));
            }
            waitFor(() -> writer.queued() == 30);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(-2);
            for (int i = 0; i < 30; i++) {
                assertThat(others.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(2 * i);
            }
        }
        assertThat(writes)
                .as("one write for the first item, one for the thirty that waited")
                .hasSize(2);
        assertThat(writes.get(1)).hasSize(30);
    }

    @Test
    void anItemsOwnFaultFailsOnlyItsCaller() throws Exception {
        List<Future<Integer>> batch = new ArrayList<>();
        try (BatchWriter<Integer, Integer> writer = writer(1_000, Duration.ofSeconds(10), items -> {
            if (items.contains(13)) {
                throw new IllegalArgumentException("unlucky " + items);
            }
            return doubled(items);
        })) {
            Future<Integer> blocker = send(writer, 0);
            waitFor(() -> writes.size() == 1);
            for (int item : List.of(12, 13, 14)) {
                batch.add(send(writer, item));
            }
            waitFor(() -> writer.queued() == 3);
            release.countDown();
            assertThat(blocker.get(5, TimeUnit.SECONDS)).isZero();
            assertThat(batch.get(0).get(5, TimeUnit.SECONDS)).isEqualTo(24);
            assertThat(batch.get(2).get(5, TimeUnit.SECONDS)).isEqualTo(28);
            assertThatThrownBy(() -> batch.get(1).get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unlucky [13]");
        }
        assertThat(writes).hasSize(5);
        assertThat(writes.get(1)).as("the three together").containsExactlyInAnyOrder(12, 13, 14);
        assertThat(writes.subList(2, 5))
                .as("then each alone")
                .containsExactlyInAnyOrder(List.of(12), List.of(13), List.of(14));
    }

    @Test
    void anyOtherFailureFailsTheWholeBatchWithoutWritingItAgain() throws Exception {
        List<Future<Integer>> batch = new ArrayList<>();
        try (BatchWriter<Integer, Integer> writer = writer(1_000, Duration.ofSeconds(10), items -> {
            if (items.size() > 1) {
                throw new IllegalStateException("database down");
            }
            return doubled(items);
        })) {
            Future<Integer> blocker = send(writer, 0);
            waitFor(() -> writes.size() == 1);
            batch.add(send(writer, 1));
            batch.add(send(writer, 2));
            waitFor(() -> writer.queued() == 2);
            release.countDown();
            assertThat(blocker.get(5, TimeUnit.SECONDS)).isZero();
            for (Future<Integer> answer : batch) {
                assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(IllegalStateException.class);
            }
        }
        assertThat(writes).hasSize(2);
    }

    @Test
    void whenTheStoreIsAwayTheItemsQueuedBehindAFailedBatchFailWithItAtOnce() throws Exception {
        List<Future<Integer>> queued = new ArrayList<>();
        try (BatchWriter<Integer, Integer> writer = new BatchWriter<>(
                "test",
                1,
                1,
                1_000,
                Duration.ofSeconds(10),
                items -> {
                    writes.add(items);
                    await(release);
                    throw new IllegalStateException("no connection within 3 s");
                },
                e -> false,
                e -> e instanceof IllegalStateException)) {
            Future<Integer> first = send(writer, 0);
            waitFor(() -> writes.size() == 1);
            for (int i = 1; i <= 3; i++) {
                queued.add(send(writer, i));
            }
            waitFor(() -> writer.queued() == 3);
            release.countDown();
            assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
            for (Future<Integer> answer : queued) {
                assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(IllegalStateException.class);
            }
        }
        assertThat(writes)
                .as("no attempt of their own, each waiting for the store again")
                .hasSize(1);
    }

    @Test
    void busyMeansNotWrittenWhenTheQueueIsFullOrTheWriterStopped() throws Exception {
        BatchWriter<Integer, Integer> writer = writer(1, Duration.ofSeconds(10), BatchWriterTest::doubled);
        Future<Integer> writing = send(writer, 1);
        waitFor(() -> writes.size() == 1);
        Future<Integer> queued = send(writer, 2);
        waitFor(() -> writer.queued() == 1);
        assertThatThrownBy(() -> writer.submit(3))
                .isInstanceOf(BatchWriter.Busy.class)
                .hasMessage("queue full");
        release.countDown();
        assertThat(writing.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo(4);
        writer.close();
        assertThatThrownBy(() -> writer.submit(4))
                .isInstanceOf(BatchWriter.Busy.class)
                .hasMessage("stopping");
        assertThat(writes).containsExactly(List.of(1), List.of(2));
    }

    @Test
    void aCallerWhosePatienceRunsOutBeforeItsItemIsTakenLeavesItUnwritten() throws Exception {
        try (BatchWriter<Integer, Integer> writer = writer(10, Duration.ofMillis(300), BatchWriterTest::doubled)) {
            Future<Integer> blocker = send(writer, 1);
            waitFor(() -> writes.size() == 1);
            assertThatThrownBy(() -> writer.submit(2))
                    .isInstanceOf(BatchWriter.Busy.class)
                    .hasMessageContaining("not taken");
            release.countDown();
            assertThat(blocker.get(5, TimeUnit.SECONDS))
                    .as("a caller whose item was already taken waits past its patience for the outcome")
                    .isEqualTo(2);
            assertThat(writer.submit(3)).isEqualTo(6);
        }
        assertThat(writes).as("the withdrawn item is never written").containsExactly(List.of(1), List.of(3));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
