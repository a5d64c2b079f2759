package org.linju.storage;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migrations connect on their own, without the pool's statement and socket timeouts
 * ({@code spring.datasource.hikari.data-source-properties}): those keep a request from waiting long on a frozen
 * database, while building an index on a large table may rightly take minutes.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource migrationDataSource(HikariDataSource pool) {
        return new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }
}
