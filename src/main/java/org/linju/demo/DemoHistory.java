package org.linju.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.linju.grid.GridIndex;
import org.linju.grid.GridLocator;
import org.linju.identity.Accounts;
import org.linju.matters.Escalation;
import org.linju.matters.Intake;
import org.linju.matters.MatterWork;
import org.linju.matters.ResidentRatings;
import org.linju.shared.SteerableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo district's past: replays a {@link HistoryPlan} of the last days through the services people use (intake,
 * the staff workflow with its approvals, residents' ratings, the escalation of overdue matters), each step on this
 * thread's steered clock at the instant the plan gives it. Timelines, tallies, the three rates, audit and notifications
 * therefore agree, as they would had people done the work. Same seed and days, same district.
 */
@Service
public class DemoHistory {

    /** What a replay did. */
    public record Outcome(int matters, int steps, int refused, Duration took) {}

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Intake intake;
    private final MatterWork work;
    private final ResidentRatings ratings;
    private final Escalation escalation;
    private final Accounts accounts;
    private final GridLocator locator;
    private final SteerableClock clock;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final HistoryOccasions occasions;
    private final List<HistoryChapter> chapters;
    private volatile double progress = -1;

    DemoHistory(
            Intake intake,
            MatterWork work,
            ResidentRatings ratings,
            Escalation escalation,
            Accounts accounts,
            GridLocator locator,
            SteerableClock clock,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            HistoryOccasions occasions,
            List<HistoryChapter> chapters) {
        this.occasions = occasions;
        this.chapters = chapters;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.intake = intake;
        this.work = work;
        this.ratings = ratings;
        this.escalation = escalation;
        this.accounts = accounts;
        this.locator = locator;
        this.clock = clock;
    }

    /** How far the running (or last) replay got, 0 to 1; -1 if none ran since the start. */
    public double progress() {
        return progress;
    }

    /** Replays the last {@code days} days over the whole district. */
    public Outcome replay(int days) {
        return replay(days, Set.of());
    }

    /** Replays the last {@code days} days over the grids of these communities (all when empty). */
    public Outcome replay(int days, Set<String> communities) {
        long started = System.nanoTime();
        progress = 0;
        HistoryPlaces places = new HistoryPlaces(locator);
        List<HistoryPlan.Grid> grids = grids(places.all(), communities);
        Instant end = clock.wallInstant().truncatedTo(ChronoUnit.SECONDS);
        int endSecondOfDay = end.atZone(CHINA).toLocalTime().toSecondOfDay();
        HistoryPlan plan = HistoryPlanner.draw(DemoDistrict.SEED, days, endSecondOfDay, grids);
        // Marked first: the scheduled reminders and escalation judge by the wall clock and must not meet the past
        // emergency's directives or the replayed matters half-way.
        clock.replayStarted();
        int refused;
        try {
            HistoryStaff staff = new HistoryStaff(accounts);
            staff.open(grids, new Random(DemoDistrict.SEED));
            Instant start = end.minus(Duration.ofDays(days));
            occasions.replay(staff, grids, start, end);
            chapters(false, staff, grids, start, end);
            HistorySteps steps = new HistorySteps(intake, work, ratings, staff, places, plan, DemoDistrict.SEED);
            log.info(
                    "Demo history: replaying {} matters in {} steps over {} days",
                    plan.matters().size(),
                    plan.steps().size(),
                    days);
            refused = new HistoryRun(steps, escalation, clock, transactions, jdbc)
                    .replay(plan.steps(), start, end, this::logProgress);
            chapters(true, staff, grids, start, end);
        } finally {
            clock.replayEnded();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info(
                "Demo history: {} matters, {} steps ({} refused) in {} s",
                plan.matters().size(),
                plan.steps().size(),
                refused,
                took.toSeconds());
        return new Outcome(plan.matters().size(), plan.steps().size(), refused, took);
    }

    private void chapters(
            boolean afterMatters, HistoryStaff staff, List<HistoryPlan.Grid> grids, Instant start, Instant end) {
        chapters.stream()
                .filter(chapter -> chapter.afterMatters() == afterMatters)
                .forEach(chapter -> chapter.replay(staff, grids, start, end));
    }

    private void logProgress(double done) {
        if (Math.floor(done * 10) > Math.floor(progress * 10)) {
            log.info("Demo history: {} %", Math.round(done * 100));
        }
        progress = done;
    }

    /** The grids to plan for, each with a share of the population drawn from the seed and its code. */
    private static List<HistoryPlan.Grid> grids(List<GridIndex.Entry> entries, Set<String> communities) {
        return entries.stream()
                .filter(entry -> communities.isEmpty() || communities.contains(entry.communityCode()))
                .sorted(Comparator.comparing(GridIndex.Entry::code))
                .map(entry -> new HistoryPlan.Grid(
                        entry.code(),
                        entry.communityCode(),
                        0.4 + 1.6 * new Random(DemoDistrict.SEED ^ Long.parseLong(entry.code())).nextDouble()))
                .toList();
    }
}
