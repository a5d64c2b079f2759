package org.linju.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BatchWriterTest {

	@Test
	void everyCallerGetsItsOwnResultWhileManyShareABatch() throws Exception {
		List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch firstWriteStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (BatchWriter<Integer, String> writer = new BatchWriter<>("test", 1, 100, 1_000, Duration.ofSeconds(10),
				items -> {
					batchSizes.add(items.size());
					firstWriteStarted.countDown();
					await(release);
					return items.stream().map(i -> "item " + i).toList();
				})) {
			ExecutorService callers = Executors.newFixedThreadPool(40);
			Future<String> first = callers.submit(() -> writer.submit(-1));
			firstWriteStarted.await(5, TimeUnit.SECONDS);
			List<Future<String>> others = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				int item = i;
				others.add(callers.submit(() -> writer.submit(item)));
			}
			Thread.sleep(200); // the thirty queue up behind the first write
			release.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("item -1");
			for (int i = 0; i < 30; i++) {
				assertThat(others.get(i).get(5, TimeUnit.SECONDS)).isEqualTo("item " + i);
			}
			callers.shutdown();
		}
		assertThat(batchSizes).as("one write for the first item, one for the thirty that waited").containsExactly(1, 30);
	}

	@Test
	void aBadItemFailsOnlyItsOwnCaller() throws Exception {
		List<List<Integer>> writes = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch release = new CountDownLatch(1);
		try (BatchWriter<Integer, Integer> writer = new BatchWriter<>("test", 1, 100, 1_000, Duration.ofSeconds(10),
				items -> {
					writes.add(items);
					await(release);
					if (items.contains(13)) {
						throw new IllegalArgumentException("unlucky " + items);
					}
					return items.stream().map(i -> i * 2).toList();
				})) {
			ExecutorService callers = Executors.newFixedThreadPool(10);
			Future<Integer> blocker = callers.submit(() -> writer.submit(0));
			Thread.sleep(100);
			List<Future<Integer>> batch = new ArrayList<>();
			for (int item : List.of(12, 13, 14)) {
				batch.add(callers.submit(() -> writer.submit(item)));
			}
			Thread.sleep(200);
			release.countDown();
			assertThat(blocker.get(5, TimeUnit.SECONDS)).isZero();
			assertThat(batch.get(0).get(5, TimeUnit.SECONDS)).isEqualTo(24);
			assertThatThrownBy(() -> batch.get(1).get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("unlucky [13]");
			assertThat(batch.get(2).get(5, TimeUnit.SECONDS)).isEqualTo(28);
			callers.shutdown();
		}
		assertThat(writes).as("the failed batch is written again item by item")
			.containsExactly(List.of(0), List.of(12, 13, 14), List.of(12), List.of(13), List.of(14));
	}

	@Test
	void aFullQueueOrAStoppedWriterRefusesAtOnceInsteadOfWaiting() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		BatchWriter<Integer, Integer> writer = new BatchWriter<>("test", 1, 1, 1, Duration.ofSeconds(10), items -> {
			await(release);
			return items;
		});
		ExecutorService callers = Executors.newFixedThreadPool(2);
		Future<Integer> writing = callers.submit(() -> writer.submit(1));
		Thread.sleep(100);
		Future<Integer> queued = callers.submit(() -> writer.submit(2));
		Thread.sleep(100);
		assertThatThrownBy(() -> writer.submit(3)).isInstanceOf(BatchWriter.Busy.class).hasMessage("queue full");
		release.countDown();
		assertThat(writing.get(5, TimeUnit.SECONDS)).isEqualTo(1);
		assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo(2);
		writer.close();
		assertThatThrownBy(() -> writer.submit(4)).isInstanceOf(BatchWriter.Busy.class).hasMessage("stopping");
		callers.shutdown();
	}

	@Test
	void aCallerGivesUpAfterItsPatience() {
		CountDownLatch never = new CountDownLatch(1);
		try (BatchWriter<Integer, Integer> writer = new BatchWriter<>("test", 1, 10, 10, Duration.ofMillis(200), items -> {
			await(never);
			return items;
		})) {
			assertThatThrownBy(() -> writer.submit(1)).isInstanceOf(BatchWriter.Busy.class).hasMessageContaining("PT0.2S");
			never.countDown();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
