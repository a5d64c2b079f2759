package org.linju;

import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Stops the asynchronous event listeners at shutdown, after the web server and before anything they need: listeners
 * still queued are dropped and running ones interrupted. Left alone, the executor would run its whole queue (after a
 * burst of reports, thousands of deliveries) against a closing database for the full shutdown timeout. The dropped
 * listeners' event publications stay incomplete and are delivered later (stale-publication settings and the notify
 * module's redelivery), so nothing is lost.
 */
@Component
class ListenerShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ListenerShutdown.class);

    private final Executor listeners;
    private volatile boolean running;

    /** With virtual threads the executor is not a pool, has no queue, and this does nothing. */
    ListenerShutdown(@Qualifier("applicationTaskExecutor") Executor listeners) {
        this.listeners = listeners;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (listeners instanceof ThreadPoolTaskExecutor pool) {
            List<Runnable> dropped = pool.getThreadPoolExecutor().shutdownNow();
            log.info("Event listeners stopped; {} queued ones left for redelivery", dropped.size());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Not stopped when a test pauses a cached context (Spring Framework 7): shutting the pool down cannot be undone, and
     * the resumed context's listeners would be rejected.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }

    /** Just before the executor's own phase, and after the web server's (which stop in higher phases). */
    @Override
    public int getPhase() {
        return ExecutorConfigurationSupport.DEFAULT_PHASE + 1;
    }
}
