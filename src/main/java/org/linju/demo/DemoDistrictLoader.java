package org.linju.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Loads the demo district on the first start of an empty database when {@code linju.demo.enabled} is true, then
 * replays its last {@code linju.demo.history-days} days ({@link DemoHistory}) in the background: the app answers
 * meanwhile, and the log shows the replay's progress. A later start finds the district and replays nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "linju.demo.enabled", havingValue = "true")
class DemoDistrictLoader implements ApplicationRunner {

    private final DemoDistrict district;
    private final DemoHistory history;
    private final TaskExecutor executor;
    private final int historyDays;

    DemoDistrictLoader(
            DemoDistrict district,
            DemoHistory history,
            DemoHistoryExecutor executor,
            @Value("${linju.demo.history-days:90}") int historyDays) {
        this.district = district;
        this.history = history;
        this.executor = executor.executor();
        this.historyDays = historyDays;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (district.loadIfEmpty() && historyDays > 0) {
            executor.execute(() -> history.replay(historyDays));
        }
    }
}
