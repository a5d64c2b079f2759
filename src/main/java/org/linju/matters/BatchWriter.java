package org.linju.matters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Hands items from many request threads to a few writer threads that write them in batches: one statement and one
 * commit for many items instead of one each. A caller waits until its batch is committed, so it answers only once
 * its item is durable. Under light load a batch holds one item; batches grow by themselves while a write is under
 * way. A batch that fails in a way one item can cause is written again item by item, so a bad item fails only its
 * own caller; any other failure fails the whole batch at once. A failure that says the store is away (no connection)
 * fails the items queued behind the batch too: each would wait for an attempt of its own only to meet it again.
 * <p>
 * {@link Busy} always means the item was not written and never will be: the queue was full, the writer was
 * stopping, or the caller's patience ran out before a writer took the item. Once a writer has taken an item, its
 * caller waits for the outcome, whatever it is.
 *
 * @param <T> an item
 * @param <R> what writing it gave, one per item and in the items' order
 */
final class BatchWriter<T, R> implements AutoCloseable {

    /** The item was not written and will not be; the caller may send it again. */
    static final class Busy extends RuntimeException {

        Busy(String message) {
            super(message);
        }
    }

    private static final int QUEUED = 0;
    private static final int TAKEN = 1;
    private static final int WITHDRAWN = 2;

    private record Pending<T, R>(T item, CompletableFuture<R> result, AtomicInteger state) {

        boolean take() {
            return state.compareAndSet(QUEUED, TAKEN);
        }

        boolean withdraw() {
            return state.compareAndSet(QUEUED, WITHDRAWN);
        }
    }

    private final Function<List<T>, List<R>> write;
    private final Predicate<RuntimeException> itemFault;
    private final Predicate<RuntimeException> storeAway;
    private final BlockingQueue<Pending<T, R>> queue;
    private final int maxBatch;
    private final Duration patience;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param write writes a batch and answers one result per item, in order; it runs on the writer threads
     * @param itemFault whether a failure may be caused by a single item (then the batch is written again item by item)
     */
    BatchWriter(
            String name,
            int writerThreads,
            int maxBatch,
            int capacity,
            Duration patience,
            Function<List<T>, List<R>> write,
            Predicate<RuntimeException> itemFault) {
        this(name, writerThreads, maxBatch, capacity, patience, write, itemFault, e -> false);
    }

    /** @param storeAway whether a failure means the store cannot be reached (then the queued items fail with it) */
    BatchWriter(
            String name,
            int writerThreads,
            int maxBatch,
            int capacity,
            Duration patience,
            Function<List<T>, List<R>> write,
            Predicate<RuntimeException> itemFault,
            Predicate<RuntimeException> storeAway) {
        this.write = write;
        this.itemFault = itemFault;
        this.storeAway = storeAway;
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
    R submit(T item) {
        Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>(), new AtomicInteger(QUEUED));
        if (closed || !queue.offer(pending)) {
            throw new Busy(closed ? "stopping" : "queue full");
        }
        if (closed && pending.withdraw()) {
            throw new Busy("stopping");
        }
        try {
            try {
                return pending.result().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (pending.withdraw()) {
                    throw new Busy("not taken within " + patience);
                }
                return pending.result().get(); // being written: its outcome comes
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (pending.withdraw()) {
                throw new Busy("interrupted");
            }
            throw new IllegalStateException("interrupted while the item was being written; its outcome is unknown");
        }
    }

    /** Items waiting for a writer. */
    int queued() {
        return queue.size();
    }

    private void run() {
        List<Pending<T, R>> drained = new ArrayList<>(maxBatch);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<T, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                drained.add(first);
                queue.drainTo(drained, maxBatch - 1);
                List<Pending<T, R>> batch =
                        drained.stream().filter(Pending::take).toList();
                drained.clear();
                if (!batch.isEmpty()) {
                    write(batch);
                }
            } catch (InterruptedException e) {
                // Only close() ends a writer; the queued items are still written.
            } catch (RuntimeException | Error e) {
                // write() completes every item it took; nothing may end the writer while items wait.
            }
        }
    }

    private void write(List<Pending<T, R>> batch) {
        List<R> results;
        try {
            results = write.apply(batch.stream().map(Pending::item).toList());
        } catch (RuntimeException e) {
            if (batch.size() > 1 && itemFault.test(e)) {
                batch.forEach(pending -> write(List.of(pending)));
            } else {
                batch.forEach(pending -> pending.result().completeExceptionally(e));
                if (storeAway.test(e)) {
                    failQueued(e);
                }
            }
            return;
        } catch (Error e) {
            batch.forEach(pending -> pending.result().completeExceptionally(e));
            throw e;
        }
        if (results.size() != batch.size()) {
            // Already committed: never written again, but no caller gets a result that may not be its own.
            IllegalStateException wrong =
                    new IllegalStateException(results.size() + " results for " + batch.size() + " items");
            batch.forEach(pending -> pending.result().completeExceptionally(wrong));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(results.get(i));
        }
    }

    /** Fails every item still queued with the failure its batch met; none of them has been written. */
    private void failQueued(RuntimeException failure) {
        for (Pending<T, R> pending; (pending = queue.poll()) != null; ) {
            if (pending.take()) {
                pending.result().completeExceptionally(failure);
            }
        }
    }

    /**
     * Takes no more items, lets the writers write those already queued, and waits up to ten seconds in all for them;
     * items still queued after that are refused ({@link Busy}).
     */
    @Override
    public void close() {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread writer : writers) {
            try {
                writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Pending<T, R> pending; (pending = queue.poll()) != null; ) {
            if (pending.withdraw()) {
                pending.result().completeExceptionally(new Busy("stopping"));
            }
        }
    }
}
