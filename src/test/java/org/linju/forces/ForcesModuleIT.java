package org.linju.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/** The forces module with its dependencies: a posted project is announced to the volunteers whose skills match. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ForcesModuleIT extends ModuleIntegrationTest {

    @Autowired
    Forces forces;

    @Autowired
    Projects projects;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPostedProjectReachesTheVolunteersWithTheSkillAndIsListed(Scenario scenario) {
        ModuleTestArea area = new ModuleTestArea("511794").create(jdbc);
        forces.register(List.of(
                volunteer(area, "模块电工", List.of("电工"), "forces-electrician"),
                volunteer(area, "模块厨师", List.of("厨艺"), "forces-cook")));
        accounts.open(NewAccount.scoped(
                "forces-leader",
                "模块网格长",
                Role.GRID_LEADER,
                Set.of(RegionCode.of(area.grid())),
                "Temporary2026",
                false));
        CurrentUser leader = accounts.loadUserByUsername("forces-leader");
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        scenario.stimulate(() -> projects.post(
                        leader, area.grid(), "修路灯", "模块小区", start, start.plus(3, ChronoUnit.HOURS), 2, List.of("电工")))
                .andWaitForEventOfType(ProjectPosted.class)
                .matchingMappedValue(ProjectPosted::gridCode, area.grid())
                .toArriveAndVerify((event, project) -> {
                    assertThat(event.usernames()).containsExactly("forces-electrician");
                    assertThat(projects.list(leader, area.grid()))
                            .extracting(Project::title, Project::needed, Project::taken)
                            .containsExactly(tuple("修路灯", 2, 0));
                });
    }

    private static NewForceMember volunteer(ModuleTestArea area, String name, List<String> skills, String username) {
        return new NewForceMember(
                ForceKind.VOLUNTEER, name, null, area.grid(), area.community(), null, null, skills, username);
    }
}
