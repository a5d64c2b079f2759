package org.linju.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.linju.shared.RefreshedCopy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a markdown message to the group robot configured for a grid (or its community). A failure throws, which
 * leaves the event publication incomplete, so it is retried later and never lost. Webhook listeners ask
 * {@link #covers} first (their {@code condition}), so an event in a grid without a group robot writes no event
 * publication at all: intake does not pay for robots that are not there. Each robot is posted to at most
 * {@code linju.notify.robot-messages-per-minute} times a minute, counted across all instances: WeCom and DingTalk
 * robots take about 20 a minute and refuse the rest, and DingTalk then shuts the robot for ten minutes. A message over
 * the budget waits in the {@link RobotBacklog}, and the robot's later messages queue behind it; {@link BacklogDrain}
 * sends the waiting ones merged into one summary as the budget allows.
 */
@Component("webhooks")
class WebhookDelivery {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A group robot and the region it serves (a grid, community, sub-district or the district). */
    record Robot(String scope, String kind, String url) {}

    private final JdbcClient jdbc;
    private final RobotAddresses addresses;
    private final RobotBacklog backlog;
    private final TransactionTemplate ownTransaction;
    private final int perMinute;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Every robot, re-read every 10 s and after every change on this instance. */
    private final RefreshedCopy<List<Robot>> robots;

    WebhookDelivery(
            JdbcClient jdbc,
            RobotAddresses addresses,
            RobotBacklog backlog,
            PlatformTransactionManager transactions,
            @Value("${linju.notify.robot-messages-per-minute:20}") int perMinute) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.backlog = backlog;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.perMinute = perMinute;
        this.robots = new RefreshedCopy<>(
                Duration.ofSeconds(10),
                () -> jdbc.sql("select scope_code, kind, url from notify_webhook")
                        .query((rs, row) ->
                                new Robot(rs.getString("scope_code"), rs.getString("kind"), rs.getString("url")))
                        .list());
    }

    /**
     * Whether a group robot serves this grid (its own, or its community's, …). A robot configured on another instance
     * counts within 10 s.
     */
    public boolean covers(@Nullable String gridCode) {
        return robotFor(gridCode).isPresent();
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
     * Posts to the robot of the grid's nearest region that has one; nothing for no grid or no robot. Over the robot's
     * budget, or behind messages already waiting for it, the message is queued instead (in the caller's transaction).
     */
    void send(@Nullable String gridCode, String title, String markdown) {
        Optional<Robot> robot = robotFor(gridCode);
        if (robot.isEmpty()) {
            return;
        }
        Optional<Robot> turn = backlog.waiting(robot.get().scope())
                ? Optional.empty()
                : Objects.requireNonNull(
                        ownTransaction.execute(status -> takeTurn(robot.get().scope())));
        if (turn.isEmpty()) {
            backlog.add(robot.get().scope(), title, markdown);
            return;
        }
        try {
            post(turn.get(), title, markdown);
        } catch (WebhookUnavailable e) {
            noteFailure(turn.get().scope(), e);
            throw e;
        }
        noteSuccess(turn.get().scope());
    }

    /**
     * Records why the robot did not take a message, in a transaction of its own (the caller's is about to roll back).
     * The caller must not hold the robot's row: {@link #takeTurn} locks it.
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

    /**
     * Posts a message to a robot; a failure throws {@link WebhookUnavailable}. The address is checked again: a robot
     * saved before the robot hosts were enforced, or whose host an operator has since removed, gets nothing.
     */
    void post(Robot robot, String title, String markdown) {
        URI address;
        try {
            address = addresses.check(robot.url());
        } catch (RobotAddresses.RobotAddressRefused e) {
            throw new WebhookUnavailable(
                    "robot address not allowed (linju.notify.robot-hosts: " + e.allowedHosts() + ")");
        }
        String kind = robot.kind();
        Object body = "DINGTALK".equals(kind)
                ? Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", markdown))
                : Map.of("msgtype", "markdown", "markdown", Map.of("content", markdown));
        HttpRequest request = HttpRequest.newBuilder(address)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new WebhookUnavailable("webhook answered " + response.statusCode());
            }
            refusal(response.body()).ifPresent(refusal -> {
                throw new WebhookUnavailable("robot refused the message: " + refusal);
            });
        } catch (IOException e) {
            throw new WebhookUnavailable("webhook unreachable: " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookUnavailable("interrupted");
        }
    }

    /**
     * Counts a post against the robot's budget for the last minute, if there is room, and answers the robot as it is
     * now (none: no room, or no such robot any more), in the caller's transaction:
     * the robot's row stays locked until it ends, so another instance waits and then sees this post counted. A live
     * message takes its turn in a transaction of its own, so the row is not locked while the post waits for an answer.
     */
    Optional<Robot> takeTurn(String scope) {
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
                .query((rs, row) -> new Robot(rs.getString("scope_code"), rs.getString("kind"), rs.getString("url")))
                .optional();
    }

    private Optional<Robot> robotFor(@Nullable String gridCode) {
        if (gridCode == null) {
            return Optional.empty();
        }
        return robots.get().stream()
                .filter(robot -> gridCode.startsWith(robot.scope()))
                .max(java.util.Comparator.comparingInt(robot -> robot.scope().length()));
    }

    /**
     * WeCom and DingTalk robots answer HTTP 200 even when they refuse a message (too many messages a minute, a bad key),
     * with a non-zero {@code errcode} in the body; that is a failed delivery, to be retried, not a sent message.
     */
    static Optional<String> refusal(String body) {
        if (body.isBlank()) {
            return Optional.empty();
        }
        try {
            tools.jackson.databind.JsonNode answer = JSON.readTree(body);
            tools.jackson.databind.JsonNode code = answer.get("errcode");
            if (code == null || !code.isNumber() || code.asInt() == 0) {
                return Optional.empty();
            }
            tools.jackson.databind.JsonNode message = answer.get("errmsg");
            return Optional.of("errcode " + code.asInt() + (message == null ? "" : " " + message.asString()));
        } catch (tools.jackson.core.JacksonException notJson) {
            return Optional.empty(); // another kind of webhook: its 2xx status is the answer
        }
    }

    /**
     * What went wrong, for people: the first message in the chain of causes. Java's HTTP client reports a refused
     * connection as a {@code ConnectException} without any message.
     */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return failure instanceof java.net.ConnectException
                ? "could not connect"
                : failure.getClass().getSimpleName();
    }

    /** The webhook did not take the message; the publication stays incomplete and is retried. */
    static class WebhookUnavailable extends RuntimeException {

        WebhookUnavailable(String message) {
            super(message);
        }
    }
}
