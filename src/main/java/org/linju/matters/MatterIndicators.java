package org.linju.matters;

import java.time.Clock;
import org.linju.shared.GridIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The three rates as indicators for the bi-monthly evaluation (overdue matters are {@link OverdueIndicator}). */
@Configuration(proxyBeanMethods = false)
class MatterIndicators {

    @Bean
    GridIndicator mattersResponse(MatterMetrics metrics, JdbcClient jdbc, Clock clock) {
        return new RateIndicator(RateIndicator.Rate.RESPONSE, metrics, jdbc, clock);
    }

    @Bean
    GridIndicator mattersResolution(MatterMetrics metrics, JdbcClient jdbc, Clock clock) {
        return new RateIndicator(RateIndicator.Rate.RESOLUTION, metrics, jdbc, clock);
    }

    @Bean
    GridIndicator mattersSatisfaction(MatterMetrics metrics, JdbcClient jdbc, Clock clock) {
        return new RateIndicator(RateIndicator.Rate.SATISFACTION, metrics, jdbc, clock);
    }
}
