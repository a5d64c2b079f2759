package org.linju.demo;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The one thread the demo history replays on (its clock is steered, so nothing else may run there). On shutdown the
 * replay is interrupted and stops after its current step; what it did so far stays.
 */
@Component
class DemoHistoryExecutor implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    DemoHistoryExecutor() {
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("demo-history-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    ThreadPoolTaskExecutor executor() {
        return executor;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
