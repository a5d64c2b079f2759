package org.linju.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A copy of something read from the database, kept so that a hot path need not ask each time: read again once it is
 * older than {@code maxAge}, and at once after {@link #forget()}, which every change this instance makes calls. A read
 * under way while a change is forgotten is not kept, and a change made in a transaction is forgotten again when the
 * transaction ends, so a kept copy never hides a change made here. Changes made by other instances show within
 * {@code maxAge}.
 *
 * @param <T> what is kept (immutable)
 */
public final class CachedRead<T> {

    private record Kept<T>(T value, long readAt) {}

    private final Supplier<T> read;
    private final long maxAgeNanos;
    private final AtomicLong changes = new AtomicLong();
    private volatile @Nullable Kept<T> kept;

    public CachedRead(Duration maxAge, Supplier<T> read) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public T get() {
        Kept<T> current = kept;
        long now = System.nanoTime();
        if (current != null && now - current.readAt() <= maxAgeNanos) {
            return current.value();
        }
        long before = changes.get();
        T value = read.get();
        if (changes.get() == before) {
            kept = new Kept<>(value, now);
        }
        return value;
    }

    /** Drops the copy; called with every change, inside its transaction or not. */
    public void forget() {
        drop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void afterCompletion(int status) {
                    drop();
                }
            });
        }
    }

    private void drop() {
        changes.incrementAndGet();
        kept = null;
    }
}
