package org.linju.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health component {@code db}: up when the database answers within two seconds. Boot's own check waits for an
 * answer without a limit of its own, so on a frozen server health hung for the socket timeout instead of saying down.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private static final int PATIENCE_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(PATIENCE_SECONDS)
                    ? Health.up().build()
                    : Health.down()
                            .withDetail("reason", "no answer within " + PATIENCE_SECONDS + " s")
                            .build();
        } catch (SQLException e) {
            return Health.down(e).build();
        }
    }
}
