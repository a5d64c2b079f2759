package org.linju.notify;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The notify module's own threads, managed by Spring: named for thread dumps, measured by the actuator, and on
 * shutdown allowed to finish what they are doing (a post waits at most ten seconds for its answer).
 */
@Configuration(proxyBeanMethods = false)
class NotifyExecutors {

    /** Drains the robots' backlog ({@link BacklogDrain}); one thread, so two rounds never overlap. */
    @Bean
    ThreadPoolTaskExecutor robotBacklogExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(1);
        executor.setThreadNamePrefix("robot-backlog-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(15);
        // Stops after BacklogDrain has ended its rounds (a lower phase stops later), so a stop never waits for them.
        executor.setPhase(BacklogDrain.PHASE - 1);
        return executor;
    }
}
