package org.linju;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** At shutdown, queued listeners are dropped and running ones interrupted, so none runs on against a closing database. */
class ListenerShutdownTest {

    @Test
    void queuedListenersAreDroppedAndRunningOnesInterrupted() throws Exception {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.initialize();
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicInteger ranAfterwards = new AtomicInteger();
        executor.execute(() -> {
            running.countDown();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        for (int i = 0; i < 100; i++) {
            executor.execute(ranAfterwards::incrementAndGet);
        }
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        ListenerShutdown shutdown = new ListenerShutdown(executor);
        shutdown.start();
        shutdown.stop();

        assertThat(executor.getThreadPoolExecutor().awaitTermination(5, TimeUnit.SECONDS))
                .isTrue();
        assertThat(interrupted).isTrue();
        assertThat(ranAfterwards).hasValue(0);
    }
}
