package org.linju.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Linju on its own PostgreSQL when no {@code spring.datasource.url} is given.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

	static final String DATABASE = "linju";

	@Bean(destroyMethod = "close")
	EmbeddedPostgresStore embeddedPostgresStore(@Value("${linju.data-dir:./data}") String dataDir,
			@Value("${linju.embedded-db.port:54329}") int port,
			@Value("${linju.embedded-db.ephemeral:false}") boolean ephemeral,
			@Value("${linju.embedded-db.shared-buffers:512MB}") String sharedBuffers) {
		if (ephemeral) {
			return EmbeddedPostgresStore.startEphemeral();
		}
		return EmbeddedPostgresStore.start(Path.of(dataDir).toAbsolutePath().resolve("postgres"), port, sharedBuffers);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgresStore store,
			@Value("${linju.embedded-db.pool-size:10}") int poolSize) {
		store.database(DATABASE);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(store.jdbcUrl(DATABASE));
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("linju-embedded");
		return new HikariDataSource(config);
	}
}
