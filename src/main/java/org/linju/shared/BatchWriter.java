package org.linju.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Hands items from many request threads to a few writer threads that write them in batches: one statement and one
 * commit for many items instead of one each. A caller waits until its batch is committed, so it answers only once
 * its item is durable. Under light load a batch holds one item; batches grow by themselves while a write is under
 * way. A batch that fails is written again item by item, so a bad item fails only its own caller. Nothing waits
 * without end: a full queue or a stopped writer is refused at once ({@link Busy}), and a caller gives up after
 * {@code patience}.
 *
 * @param <T> an item
 * @param <R> what writing it gave, one per item and in the items' order
 */
public final class BatchWriter<T, R> implements AutoCloseable {

	/** The writer cannot take the item now; the caller may retry later. */
	public static final class Busy extends RuntimeException {

		Busy(String message) {
			super(message);
		}
	}

	private record Pending<T, R>(T item, CompletableFuture<R> result) {
	}

	private final Function<List<T>, List<R>> write;
	private final BlockingQueue<Pending<T, R>> queue;
	private final int maxBatch;
	private final Duration patience;
	private final List<Thread> writers = new ArrayList<>();
	private volatile boolean closed;

	/**
	 * @param write writes a batch and answers one result per item, in order; it runs on the writer threads
	 */
	public BatchWriter(String name, int writerThreads, int maxBatch, int capacity, Duration patience,
			Function<List<T>, List<R>> write) {
		this.write = write;
		this.maxBatch = maxBatch;
		this.patience = patience;
		this.queue = new LinkedBlockingQueue<>(capacity);
		for (int i = 1; i <= writerThreads; i++) {
			Thread writer = new Thread(this::run, name + "-writer-" + i);
			writer.setDaemon(true);
			writers.add(writer);
			writer.start();
		}
	}

	/** Writes the item with others and answers its result, or throws what writing it threw. */
	public R submit(T item) {
		Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
		if (closed || !queue.offer(pending)) {
			throw new Busy(closed ? "stopping" : "queue full");
		}
		try {
			return pending.result().get(patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
		catch (TimeoutException e) {
			throw new Busy("no answer within " + patience);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Busy("interrupted");
		}
	}

	private void run() {
		List<Pending<T, R>> batch = new ArrayList<>(maxBatch);
		while (true) {
			Pending<T, R> first;
			try {
				first = queue.poll(100, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException e) {
				first = queue.poll();
				if (first == null) {
					return;
				}
			}
			if (first == null) {
				if (closed) {
					return;
				}
				continue;
			}
			batch.add(first);
			queue.drainTo(batch, maxBatch - 1);
			write(batch);
			batch.clear();
		}
	}

	private void write(List<Pending<T, R>> batch) {
		try {
			List<R> results = write.apply(batch.stream().map(Pending::item).toList());
			if (results.size() != batch.size()) {
				throw new IllegalStateException(results.size() + " results for " + batch.size() + " items");
			}
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).result().complete(results.get(i));
			}
		}
		catch (RuntimeException | Error e) {
			if (batch.size() == 1) {
				batch.get(0).result().completeExceptionally(e);
			}
			else {
				batch.forEach(pending -> write(List.of(pending)));
			}
		}
	}

	/** Takes no more items, writes those already queued, and waits up to ten seconds for the writers to finish. */
	@Override
	public void close() {
		closed = true;
		for (Thread writer : writers) {
			try {
				writer.join(10_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
