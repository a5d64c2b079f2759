package org.linju.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Runs Linju on its own PostgreSQL when no {@code spring.datasource.url} is given. The pool takes the same
 * {@code spring.datasource.hikari.*} settings (timeouts) as one for an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "linju";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresStore embeddedPostgresStore(
            @Value("${linju.data-dir:./data}") String dataDir,
            @Value("${linju.embedded-db.port:54329}") int port,
            @Value("${linju.embedded-db.ephemeral:false}") boolean ephemeral,
            @Value("${linju.embedded-db.shared-buffers:512MB}") String sharedBuffers) {
        if (ephemeral) {
            return EmbeddedPostgresStore.startEphemeral();
        }
        return EmbeddedPostgresStore.start(Path.of(dataDir).toAbsolutePath().resolve("postgres"), port, sharedBuffers);
    }

    @Bean(destroyMethod = "close")
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresStore store, @Value("${linju.embedded-db.pool-size:10}") int poolSize) {
        store.database(DATABASE);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(store.jdbcUrl(DATABASE));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("linju-embedded");
        return pool;
    }
}
