package org.linju.notify;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.linju.shared.CachedRead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The group robots configured per region, and how each last fared. Kept in memory for the hot path (every report asks
 * whether its grid has a robot): re-read every 10 s and after every change on this instance, so a robot configured on
 * another instance counts within 10 s.
 */
@Component
class GroupRobots {

    /** A group robot and the region it serves (a grid, community, sub-district or the district). */
    record Robot(String scope, String kind, String url) {}

    private final JdbcClient jdbc;
    private final RobotAddresses addresses;
    private final TransactionTemplate ownTransaction;
    private final CachedRead<List<Robot>> robots;

    GroupRobots(JdbcClient jdbc, RobotAddresses addresses, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.robots = new CachedRead<>(
                Duration.ofSeconds(10),
                () -> jdbc.sql("select scope_code, kind, url from notify_webhook")
                        .query((rs, row) ->
                                new Robot(rs.getString("scope_code"), rs.getString("kind"), rs.getString("url")))
                        .list());
    }

    /** The robot of the grid's nearest region that has one; none for no grid. */
    Optional<Robot> serving(@Nullable String gridCode) {
        if (gridCode == null) {
            return Optional.empty();
        }
        return robots.get().stream()
                .filter(robot -> gridCode.startsWith(robot.scope()))
                .max(Comparator.comparingInt(robot -> robot.scope().length()));
    }

    /**
     * Sets the group robot of a region (a grid, community, sub-district or the district); an address outside the
     * robot hosts is refused ({@link RobotAddresses}).
     */
    void configure(String scopeCode, String kind, String url) {
        addresses.check(url);
        jdbc.sql("""
				insert into notify_webhook (scope_code, kind, url) values (?, ?, ?)
				on conflict (scope_code) do update set kind = excluded.kind, url = excluded.url
				""").params(scopeCode, kind, url).update();
        robots.forget();
    }

    /** Removes every group robot (tests). */
    void removeAll() {
        jdbc.sql("delete from notify_webhook").update();
        robots.forget();
    }

    /**
     * Records why the robot did not take a message, in a transaction of its own (the caller's is about to roll back).
     * The caller must not hold the robot's row: {@link RobotBudget#takeTurn} locks it.
     */
    void noteFailure(String scope, RuntimeException failure) {
        String why = String.valueOf(failure.getMessage());
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				update notify_webhook set failed_at = now(), failure = :why where scope_code = :scope
				""")
                .param("why", why.length() > 300 ? why.substring(0, 299) + "…" : why)
                .param("scope", scope)
                .update());
    }

    /** Clears a robot's last failure once it takes a message again (in the caller's transaction). */
    void noteSuccess(String scope) {
        jdbc.sql(
                        "update notify_webhook set failed_at = null, failure = null where scope_code = ? and failed_at is not null")
                .param(scope)
                .update();
    }
}
