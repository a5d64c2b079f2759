package org.linju.notify;

import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How often a robot may be posted to: at most {@code linju.notify.robot-messages-per-minute} times a minute, counted
 * across all instances in the robot's row. WeCom and DingTalk robots take about 20 a minute and refuse the rest, and
 * DingTalk then shuts the robot for ten minutes.
 */
@Component
class RobotBudget {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final int perMinute;

    RobotBudget(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${linju.notify.robot-messages-per-minute:20}") int perMinute) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.perMinute = perMinute;
    }

    /**
     * {@link #takeTurn} in a transaction of its own, for a live message: the robot's row is not locked while the post
     * waits for an answer.
     */
    Optional<GroupRobots.Robot> takeTurnAtOnce(String scope) {
        return Objects.requireNonNull(ownTransaction.execute(status -> takeTurn(scope)));
    }

    /**
     * Counts a post against the robot's budget for the last minute, if there is room, and answers the robot as it is
     * now (none: no room, or no such robot any more), in the caller's transaction: the robot's row stays locked until
     * it ends, so another instance waits and then sees this post counted.
     */
    Optional<GroupRobots.Robot> takeTurn(String scope) {
        return jdbc.sql("""
				update notify_webhook
				set recent_posts = array(select t from unnest(recent_posts) t where t > now() - interval '1 minute'
				                         union all select now() order by 1)
				where scope_code = :scope
				  and (select count(*) from unnest(recent_posts) t where t > now() - interval '1 minute') < :limit
				returning scope_code, kind, url
				""")
                .param("scope", scope)
                .param("limit", perMinute)
                .query((rs, row) ->
                        new GroupRobots.Robot(rs.getString("scope_code"), rs.getString("kind"), rs.getString("url")))
                .optional();
    }
}
