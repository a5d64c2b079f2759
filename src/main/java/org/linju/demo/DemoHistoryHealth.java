package org.linju.demo;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The demo history's progress among the health details ({@code demoHistory}): the app is up while its past is still
 * being replayed in the background, and says how far the replay is.
 */
@Component
class DemoHistoryHealth implements HealthIndicator {

    private final DemoHistory history;

    DemoHistoryHealth(DemoHistory history) {
        this.history = history;
    }

    @Override
    public Health health() {
        double progress = history.progress();
        return progress < 0
                ? Health.up().build()
                : Health.up()
                        .withDetail("progress", Math.round(progress * 100) + " %")
                        .build();
    }
}
