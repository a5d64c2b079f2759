package org.linju.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads imports run on: two, so a long roster import does not hold up a registration import (the jobs of one
 * kind run one after another, {@link Imports}); named {@code import-<n>} for thread dumps; a bean, so that Boot
 * publishes the pool's metrics. At shutdown the imports under way get 30 s to finish; one still running after that is
 * marked failed at the next start ({@link ImportJobs}), and the chunks it stored stay.
 */
@Configuration(proxyBeanMethods = false)
class ImportWorkers {

    static final String NAME = "importExecutor";

    @Bean(NAME)
    ThreadPoolTaskExecutor importExecutor() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(2);
        pool.setThreadNamePrefix("import-");
        pool.setDaemon(true);
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(30);
        return pool;
    }
}
