package org.linju.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.shared.DateRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A ban filed (its transaction slow to commit) while four departments' threads keep pushing the item to the grid,
 * against the real PostgreSQL: every
 * task that went through was stored before the ban took the item, every one after it was refused, and none that
 * started after the ban had committed got through.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class RegistryRaceModuleIT extends ModuleIntegrationTest {

    private static final int ASSIGNERS = 4;
    private static final int EACH = 25;

    @Autowired
    Catalogue catalogue;

    @Autowired
    GridTasks tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Departments departments;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    record Attempt(Instant started, TaskOutcome outcome) {}

    @Test
    void aBanRacingManyAssignmentsLetsNoTaskThroughAfterItCommits() throws Exception {
        RegistryFixture fixture = new RegistryFixture(jdbc, accounts, departments, catalogue);
        fixture.admitted("M07");
        CurrentUser housing = fixture.user("reg-housing");
        CurrentUser admin = fixture.user("reg-admin");
        TaskRequest task = RegistryFixture.task("M07", LocalDate.ofInstant(clock.instant(), DateRange.CHINA));
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Instant> banCommitted = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(ASSIGNERS + 1);
        try {
            for (int i = 0; i < ASSIGNERS; i++) {
                threads.submit(() -> {
                    go.await();
                    for (int n = 0; n < EACH; n++) {
                        Instant started = Instant.now();
                        attempts.add(
                                new Attempt(started, tasks.assign(housing, task).outcome()));
                        done.incrementAndGet();
                    }
                    return null;
                });
            }
            Future<?> ban = threads.submit(() -> {
                go.await();
                while (done.get() < EACH) {
                    Thread.onSpinWait();
                }
                // The ban's transaction lingers before it commits: assignments meanwhile must wait for it, not read the
                // item as still admitted and store their task after the ban.
                new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    catalogue.file(RegistryFixture.filing("M07", FilingKind.BAN, "模块并发禁入", null), admin);
                    pause();
                });
                banCommitted.set(Instant.now());
                return null;
            });
            go.countDown();
            ban.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        Instant banFiled = jdbc.sql("select filed_at from work_item_filing where item_code = 'M07' and kind = 'BAN'")
                .query(Timestamp.class)
                .single()
                .toInstant();
        assertThat(attempts).hasSize(ASSIGNERS * EACH);
        assertThat(attempts)
                .filteredOn(attempt -> attempt.started().isAfter(banCommitted.get()))
                .isNotEmpty()
                .allMatch(attempt -> attempt.outcome() == TaskOutcome.REFUSED);
        assertThat(assignedAt("ADMITTED")).isNotEmpty().allMatch(at -> at.isBefore(banFiled));
        assertThat(assignedAt("REFUSED")).isNotEmpty().allMatch(at -> at.isAfter(banFiled));
        assertThat(assignedAt("ADMITTED")).hasSize((int) attempts.stream()
                .filter(attempt -> attempt.outcome() == TaskOutcome.ADMITTED)
                .count());
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Instant> assignedAt(String outcome) {
        return jdbc
                .sql("select assigned_at from grid_task where item_code = 'M07' and outcome = ?")
                .param(outcome)
                .query(Timestamp.class)
                .list()
                .stream()
                .map(Timestamp::toInstant)
                .toList();
    }
}
