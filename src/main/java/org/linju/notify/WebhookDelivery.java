package org.linju.notify;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Posts a markdown message to the group robot configured for a grid (or its community). A failure throws, which
 * leaves the event publication incomplete, so it is retried later and never lost. Webhook listeners ask
 * {@link #covers} first (their {@code condition}), so an event in a grid without a group robot writes no event
 * publication at all: intake does not pay for robots that are not there. Each robot has a budget of posts a minute
 * ({@link RobotBudget}); a message over the budget waits in the {@link RobotBacklog}, and the robot's later messages
 * queue behind it; {@link BacklogDrain} sends the waiting ones merged into one summary as the budget allows.
 */
@Component("webhooks")
class WebhookDelivery {

    private final GroupRobots robots;
    private final RobotBudget budget;
    private final RobotBacklog backlog;
    private final RobotClient client;

    WebhookDelivery(GroupRobots robots, RobotBudget budget, RobotBacklog backlog, RobotClient client) {
        this.robots = robots;
        this.budget = budget;
        this.backlog = backlog;
        this.client = client;
    }

    /**
     * Whether a group robot serves this grid (its own, or its community's, …). A robot configured on another instance
     * counts within 10 s.
     */
    public boolean covers(@Nullable String gridCode) {
        return robots.serving(gridCode).isPresent();
    }

    /** Sets the group robot of a region; see {@link GroupRobots#configure}. */
    void configure(String scopeCode, String kind, String url) {
        robots.configure(scopeCode, kind, url);
    }

    /** Removes every group robot (tests). */
    void removeAll() {
        robots.removeAll();
    }

    /**
     * Posts to the robot of the grid's nearest region that has one; nothing for no grid or no robot. Over the robot's
     * budget, or behind messages already waiting for it, the message is queued instead (in the caller's transaction).
     */
    void send(@Nullable String gridCode, String title, String markdown) {
        Optional<GroupRobots.Robot> robot = robots.serving(gridCode);
        if (robot.isEmpty()) {
            return;
        }
        String scope = robot.get().scope();
        Optional<GroupRobots.Robot> turn = backlog.waiting(scope) ? Optional.empty() : budget.takeTurnAtOnce(scope);
        if (turn.isEmpty()) {
            backlog.add(scope, title, markdown);
            return;
        }
        try {
            client.post(turn.get(), title, markdown);
        } catch (WebhookUnavailable e) {
            robots.noteFailure(turn.get().scope(), e);
            throw e;
        }
        robots.noteSuccess(turn.get().scope());
    }
}
