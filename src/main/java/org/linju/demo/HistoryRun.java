package org.linju.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.linju.demo.HistoryPlan.Move;
import org.linju.demo.HistoryPlan.Step;
import org.linju.matters.Escalation;
import org.linju.shared.SteerableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One replay of a plan, in the order its steps happen. Staff steps and ratings that follow one another are taken in
 * one transaction (the services join it), committed without waiting for the disk: a demo's past is not worth a flush
 * per step, and the services' own transactions would make 150,000 commits. A report is taken alone (intake writes on
 * its own thread), and so is the hourly escalation. Should a step be refused, the batch is undone and its steps are
 * taken one at a time, so that only the refused step's matter stops there.
 */
final class HistoryRun {

    private static final Logger log = LoggerFactory.getLogger(HistoryRun.class);
    private static final int BATCH = 200;

    private final HistorySteps steps;
    private final Escalation escalation;
    private final SteerableClock clock;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Map<Move, Integer> refused = new EnumMap<>(Move.class);
    private final List<Step> batch = new ArrayList<>();

    HistoryRun(
            HistorySteps steps,
            Escalation escalation,
            SteerableClock clock,
            TransactionTemplate transactions,
            JdbcClient jdbc) {
        this.steps = steps;
        this.escalation = escalation;
        this.clock = clock;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** Replays the steps from {@code start} to {@code end}; answers how many were refused. */
    int replay(List<Step> plan, Instant start, Instant end, DoubleConsumer progress) {
        Instant nextHour = start.plus(Duration.ofHours(1));
        int done = 0;
        for (Step step : plan) {
            if (Thread.currentThread().isInterrupted()) {
                log.warn("Demo history: stopped after {} of {} steps", done, plan.size());
                break;
            }
            Instant at = end.minusSeconds(step.before());
            if (!nextHour.isAfter(at) || step.move() == Move.REPORT || batch.size() >= BATCH) {
                flush(end);
            }
            for (; !nextHour.isAfter(at); nextHour = nextHour.plus(Duration.ofHours(1))) {
                clock.at(nextHour, escalation::escalateOverdue);
            }
            if (step.move() == Move.REPORT) {
                takeAlone(step, end);
            } else {
                batch.add(step);
            }
            progress.accept((double) ++done / plan.size());
        }
        if (!Thread.currentThread().isInterrupted()) {
            flush(end);
        }
        if (!refused.isEmpty()) {
            log.warn("Demo history: steps refused by the services, by kind: {}", refused);
        }
        return refused.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void flush(Instant end) {
        if (batch.isEmpty()) {
            return;
        }
        List<Step> taking = List.copyOf(batch);
        batch.clear();
        Map<Integer, HistorySteps.Live> before = steps.snapshot(taking);
        try {
            inTransaction(() -> taking.forEach(step -> takeAt(step, end)));
        } catch (RuntimeException e) {
            steps.restore(before);
            taking.forEach(step -> takeAlone(step, end));
        }
    }

    private void takeAlone(Step step, Instant end) {
        if (!steps.due(step)) {
            return;
        }
        try {
            if (step.move() == Move.REPORT) {
                takeAt(step, end);
            } else {
                inTransaction(() -> takeAt(step, end));
            }
        } catch (RuntimeException e) {
            steps.failed(step);
            if (refused.merge(step.move(), 1, Integer::sum) == 1) {
                log.warn("Demo history: {} refused: {}", step.move(), e.toString());
            }
        }
    }

    private void takeAt(Step step, Instant end) {
        if (steps.due(step)) {
            clock.at(end.minusSeconds(step.before()), () -> {
                steps.take(step);
                return null;
            });
        }
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local synchronous_commit = off").update();
            work.run();
        });
    }
}
