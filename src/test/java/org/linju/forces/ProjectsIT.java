package org.linju.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.linju.Eventually;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.springframework.beans.factory.annotation.Autowired;

/** A grid leader's project list: matching forces are told, sign-ups never over-book, attendance is recorded. */
class ProjectsIT extends WebIntegrationTest {

    @Autowired
    Projects projects;

    @Test
    void concurrentSignUpsNeverTakeMorePlacesThanThereAre() throws Exception {
        CurrentUser leader = accounts.loadUserByUsername("leader");
        String grid = leader.scope().roots().iterator().next().value();
        Instant start = Instant.now().plus(Duration.ofDays(1));
        assertThatThrownBy(
                        () -> projects.post(leader, grid, "清理楼道杂物", "3栋", start, start.minusSeconds(60), 3, List.of()))
                .isInstanceOf(ProjectRefused.class);
        Project project =
                projects.post(leader, grid, "清理楼道杂物", "3栋楼道", start, start.plus(Duration.ofHours(2)), 3, List.of());
        Eventually.await(() -> jdbc.sql("select count(*) from inbox_message where username = 'worker' and link = ?")
                        .param("/projects/" + project.id())
                        .query(Long.class)
                        .single()
                == 1);

        List<UUID> cadres = jdbc.sql(
                        "select id from force_member where grid_code = ? and kind = 'REGISTERED_CADRE' limit 20")
                .param(grid)
                .query(UUID.class)
                .list();
        ExecutorService people = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> signUps = cadres.stream()
                .<Callable<Boolean>>map(member -> () -> {
                    try {
                        projects.signUp(project.id(), member);
                        return true;
                    } catch (ProjectRefused e) {
                        return false;
                    }
                })
                .toList();
        long succeeded = 0;
        for (Future<Boolean> outcome : people.invokeAll(signUps)) {
            succeeded += outcome.get() ? 1 : 0;
        }
        people.shutdown();
        assertThat(succeeded).isEqualTo(3);
        assertThat(projects.visible(leader, project.id()).taken()).isEqualTo(3);
        assertThat(projects.signups(leader, project.id())).hasSize(3);
        assertThatThrownBy(() -> projects.signUp(accounts.loadUserByUsername("worker"), project.id()))
                .isInstanceOf(ProjectRefused.class)
                .hasMessage("project.full");
    }

    @Test
    void aPersonSignsUpOnceAndTheOrganiserRecordsHours() {
        CurrentUser leader = accounts.loadUserByUsername("leader");
        CurrentUser worker = accounts.loadUserByUsername("worker");
        String grid = leader.scope().roots().iterator().next().value();
        Instant start = Instant.now().plus(Duration.ofDays(2));
        Project project =
                projects.post(leader, grid, "维修路灯", "小区东门", start, start.plus(Duration.ofHours(3)), 5, List.of("电工"));
        projects.signUp(worker, project.id());
        assertThatThrownBy(() -> projects.signUp(worker, project.id()))
                .isInstanceOf(ProjectRefused.class)
                .hasMessage("project.alreadySignedUp");
        assertThat(projects.visible(leader, project.id()).taken())
                .as("the refused second sign-up took no place")
                .isEqualTo(1);
        assertThatThrownBy(() -> projects.signUp(accounts.loadUserByUsername("resident"), project.id()))
                .isInstanceOf(ProjectRefused.class)
                .hasMessage("project.notRegistered");

        UUID workerMember = projects.signups(leader, project.id()).get(0).memberId();
        BigDecimal before = projects.hoursOf(workerMember);
        assertThatThrownBy(() -> projects.recordAttendance(worker, project.id(), workerMember, true, BigDecimal.ONE))
                .isInstanceOf(OutOfScope.class);
        projects.recordAttendance(leader, project.id(), workerMember, true, new BigDecimal("2.5"));
        assertThat(projects.hoursOf(workerMember)).isEqualByComparingTo(before.add(new BigDecimal("2.5")));
        assertThat(projects.signups(leader, project.id()).get(0).attended()).isTrue();
        assertThatThrownBy(() -> projects.list(accounts.loadUserByUsername("dept"), grid))
                .isInstanceOf(OutOfScope.class);
    }
}
