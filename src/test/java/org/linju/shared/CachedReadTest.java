package org.linju.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A kept copy is read once, read again when forgotten or too old, and never kept from a read a change overtook. */
class CachedReadTest {

    @Test
    void keptUntilForgotten() {
        AtomicInteger reads = new AtomicInteger();
        CachedRead<Integer> copy = new CachedRead<>(Duration.ofMinutes(1), reads::incrementAndGet);

        assertThat(copy.get()).isEqualTo(1);
        assertThat(copy.get()).isEqualTo(1);
        copy.forget();
        assertThat(copy.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void readAgainOnceTooOld() {
        AtomicInteger reads = new AtomicInteger();
        CachedRead<Integer> copy = new CachedRead<>(Duration.ZERO, reads::incrementAndGet);

        copy.get();
        copy.get();

        assertThat(reads).hasValue(2);
    }

    @Test
    void aReadThatAChangeOvertookIsNotKept() {
        AtomicInteger reads = new AtomicInteger();
        CachedRead<?>[] self = new CachedRead<?>[1];
        CachedRead<Integer> copy = new CachedRead<>(Duration.ofMinutes(1), () -> {
            int n = reads.incrementAndGet();
            if (n == 1) {
                self[0].forget(); // a change lands while the first read is under way
            }
            return n;
        });
        self[0] = copy;

        assertThat(copy.get()).as("the caller still gets what was read").isEqualTo(1);
        assertThat(copy.get()).as("but it was not kept").isEqualTo(2);
        assertThat(copy.get()).isEqualTo(2);
    }
}
