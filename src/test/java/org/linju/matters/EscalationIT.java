package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/** Overdue matters escalate exactly once, even with two app instances running the job at the same moment. */
class EscalationIT extends WebIntegrationTest {

    @Autowired
    Intake intake;

    @Autowired
    MatterWork work;

    @Autowired
    Escalation escalation;

    private UUID triaged(CurrentUser leader) {
        String grid = leader.scope().roots().iterator().next().value();
        var box = jdbc.sql(
                        "select (min_lat + max_lat) / 2 as lat, (min_lng + max_lng) / 2 as lng from grid where code = ?")
                .param(grid)
                .query()
                .singleRow();
        Receipt receipt = intake.report(
                new NewReport(
                        "楼道堆放杂物存在消防隐患", "1201", (Double) box.get("lat"), (Double) box.get("lng"), null, Channel.PATROL),
                null,
                "worker");
        UUID id = UUID.fromString(receipt.id());
        work.takeStep(
                accounts.loadUserByUsername("admin"),
                id,
                0,
                new StaffStep.Triage(Urgency.NORMAL, Difficulty.GRID, null, null));
        return id;
    }

    @Test
    void eachOverdueMatterEscalatesOnceWithTwoInstances() throws Exception {
        CurrentUser leader = accounts.loadUserByUsername("leader");
        UUID late = triaged(leader);
        UUID alsoLate = triaged(leader);
        UUID onTime = triaged(leader);
        assertThat(jdbc.sql("select resolve_due - now() > interval '6 days' from matter where id = ?")
                        .param(onTime)
                        .query(Boolean.class)
                        .single())
                .as("normal matters get 7 days")
                .isTrue();
        escalation.escalateOverdue(); // what other tests left overdue, so that only these two are left to count
        jdbc.sql("update matter set resolve_due = now() - interval '1 hour' where id = any(?)")
                .param(new UUID[] {late, alsoLate})
                .update();

        ExecutorService instances = Executors.newFixedThreadPool(2);
        Callable<Integer> run = escalation::escalateOverdue;
        List<Future<Integer>> results = instances.invokeAll(List.of(run, run));
        instances.shutdown();
        int escalated = 0;
        for (Future<Integer> result : results) {
            escalated += result.get();
        }
        assertThat(escalated).as("each of the two escalated by one instance").isEqualTo(2);
        for (UUID id : List.of(late, alsoLate)) {
            assertThat(jdbc.sql("select count(*) from matter_timeline where matter_id = ? and action = 'escalate'")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from matter_timeline where matter_id = ? and action = 'escalate'")
                        .param(onTime)
                        .query(Long.class)
                        .single())
                .isZero();
        escalation.escalateOverdue();
        assertThat(jdbc.sql("select count(*) from matter_timeline where matter_id = ? and action = 'escalate'")
                        .param(late)
                        .query(Long.class)
                        .single())
                .as("never twice")
                .isEqualTo(1);
    }
}
