package org.linju.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.linju.shared.DatabaseAway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages waiting for a group robot's budget ({@link RobotBacklog}): every few seconds, for each robot
 * with turns free, the oldest waiting messages merged into summaries ({@link BacklogSummaries}), up to
 * {@link #SUMMARIES_PER_ROUND} a round. A summary that cannot be posted leaves its messages waiting and its robot
 * alone for a minute, so robots that are down do not hold up the others; with several instances, one at a time drains
 * a robot (its turn locks the robot's row), so no summary goes out twice. Runs on a thread of its own, not the
 * scheduler's, because a post may wait up to ten seconds for an answer; a round under way at shutdown is finished.
 */
@Component
class BacklogDrain implements SmartLifecycle {

    /** Stops before {@link NotifyExecutors#robotBacklogExecutor()} (one phase lower) and starts after it. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE;

    private static final int MAX_ITEMS = 50;
    static final int SUMMARIES_PER_ROUND = 3;
    private static final Duration REST_AFTER_FAILURE = Duration.ofMinutes(1);
    /** A round stopping ends after its robot: at most {@link #SUMMARIES_PER_ROUND} posts of ten seconds each. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(35);

    private static final Logger log = LoggerFactory.getLogger(BacklogDrain.class);

    private final RobotBacklog backlog;
    private final GroupRobots robots;
    private final RobotBudget budget;
    private final RobotClient client;
    private final BacklogSummaries summaries;
    private final TransactionTemplate transactions;
    /** Robots that failed a summary, and until when they are left alone (this instance). */
    private final Map<String, Instant> resting = new ConcurrentHashMap<>();

    private final Duration interval;
    private final ThreadPoolTaskExecutor thread;
    /** The rounds under way, if started: a pause of the context (tests) stops them and a restart starts new ones. */
    private volatile @Nullable Rounds rounds;

    private record Rounds(CountDownLatch stopping, CountDownLatch stopped) {}

    BacklogDrain(
            RobotBacklog backlog,
            GroupRobots robots,
            RobotBudget budget,
            RobotClient client,
            BacklogSummaries summaries,
            TransactionTemplate transactions,
            @Value("${linju.notify.backlog-interval:10s}") Duration interval,
            @Qualifier("robotBacklogExecutor") ThreadPoolTaskExecutor thread) {
        this.backlog = backlog;
        this.robots = robots;
        this.budget = budget;
        this.client = client;
        this.summaries = summaries;
        this.transactions = transactions;
        this.interval = interval;
        this.thread = thread;
    }

    /** Starts the rounds when the context starts: every {@code linju.notify.backlog-interval} after the last. */
    @Override
    public void start() {
        Rounds started = new Rounds(new CountDownLatch(1), new CountDownLatch(1));
        rounds = started;
        thread.execute(() -> drainEveryInterval(started));
    }

    /**
     * Ends the rounds, letting one under way finish while the database is still there. It stops before its executor
     * (a higher phase stops first), so the executor finds no task running and stops at once.
     */
    @Override
    public void stop() {
        Rounds running = rounds;
        if (running == null) {
            return;
        }
        running.stopping().countDown();
        try {
            running.stopped().await(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rounds = null;
    }

    @Override
    public boolean isRunning() {
        return rounds != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void drainEveryInterval(Rounds these) {
        try {
            while (!these.stopping().await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                drainQuietly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            these.stopped().countDown();
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            if (DatabaseAway.causes(e)) {
                log.warn(
                        "Draining the group robots' backlog failed, the database is away; the next round tries again: {}",
                        e.getMessage());
            } else {
                log.error("Draining the group robots' backlog failed; the next round tries again", e);
            }
        }
    }

    private boolean stopRequested() {
        Rounds current = rounds;
        return current != null && current.stopping().getCount() == 0;
    }

    void drain() {
        Instant now = Instant.now();
        resting.values().removeIf(until -> until.isBefore(now));
        for (String scope : backlog.scopes()) {
            if (stopRequested()) {
                return; // the rest wait for the next start
            }
            for (int i = 0; i < SUMMARIES_PER_ROUND && !resting.containsKey(scope); i++) {
                try {
                    if (!sentInItsOwnTransaction(scope)) {
                        break;
                    }
                } catch (RuntimeException e) {
                    resting.put(scope, now.plus(REST_AFTER_FAILURE));
                    if (e instanceof WebhookUnavailable) {
                        robots.noteFailure(scope, e); // after the rollback, which let go of the robot's row
                    }
                    log.warn(
                            "Group robot {} did not take a summary; its messages keep waiting: {}",
                            scope,
                            e.getMessage());
                }
            }
        }
    }

    /** {@link #drain(String)} in a transaction of its own; one that sends nothing uses up no turn. */
    private boolean sentInItsOwnTransaction(String scope) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean sent = drain(scope);
            if (!sent) {
                status.setRollbackOnly();
            }
            return sent;
        }));
    }

    /** Lets the next round try the robots that failed a summary at once (tests). */
    void forgetFailures() {
        resting.clear();
    }

    /** Sends one summary for the robot if it has a turn free; whether it did. Runs in the caller's transaction. */
    boolean drain(String scope) {
        Optional<GroupRobots.Robot> robot = budget.takeTurn(scope);
        if (robot.isEmpty()) {
            return false;
        }
        List<RobotBacklog.Queued> oldest = backlog.oldest(scope, MAX_ITEMS);
        if (oldest.isEmpty()) {
            return false;
        }
        BacklogSummaries.Summary summary =
                summaries.of(oldest, oldest.size() < MAX_ITEMS ? oldest.size() : backlog.count(scope));
        client.post(robot.get(), summary.title(), summary.markdown());
        backlog.remove(summary.ids());
        robots.noteSuccess(scope);
        return true;
    }
}
