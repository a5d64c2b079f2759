package org.linju.demo;

import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The one thread the demo history replays on (its clock is steered, so nothing else may run there). On shutdown the
 * replay is interrupted, stops after its current step (a batch in flight is rolled back whole) and is waited for, up to
 * 30 s, before the database it writes to closes: this bean depends on the data source, so it is destroyed first.
 */
@Component
class DemoHistoryExecutor implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    DemoHistoryExecutor(DataSource database) {
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("demo-history-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.setAwaitTerminationSeconds(30);
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
