package org.linju.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.DemoPoints;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.matters.Channel;
import org.linju.matters.Colour;
import org.linju.matters.Difficulty;
import org.linju.matters.Intake;
import org.linju.matters.MatterView;
import org.linju.matters.MatterWork;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.linju.matters.Reporter;
import org.linju.matters.StaffStep;
import org.linju.matters.Stage;
import org.linju.matters.Urgency;
import org.linju.matters.Workload;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workbench at {@code /} shows each person what waits for them and nothing outside their area: a new red matter
 * reaches its community's liaison leader and not another community's, a grid worker's card counts only their grid,
 * and residents see their own reports and nobody else's.
 */
class WorkbenchIT extends WebIntegrationTest {

    @Autowired
    Intake intake;

    @Autowired
    MatterWork work;

    @Autowired
    Workload workload;

    @Autowired
    GridLocator locator;

    @Test
    void aNewRedMatterWaitsForItsLiaisonLeaderAndNotForAnotherCommunitys() throws Exception {
        String ownGrid = gridOf("leader");
        String otherCommunity = jdbc.sql("select min(community_code) from grid where community_code <> ?")
                .param(ownGrid.substring(0, 12))
                .query(String.class)
                .single();
        CurrentUser liaison = accounts.loadUserByUsername("liaison");
        CurrentUser otherLiaison = account(Role.LIAISON_LEADER, otherCommunity);
        long ownBefore = waiting(liaison, Colour.RED, Stage.REGISTERED);
        long otherBefore = waiting(otherLiaison, Colour.RED, Stage.REGISTERED);

        MatterView red = triaged(ownGrid, Urgency.EMERGENCY, "leader");
        assertThat(red.colour()).isEqualTo(Colour.RED);

        assertThat(waiting(liaison, Colour.RED, Stage.REGISTERED)).isEqualTo(ownBefore + 1);
        assertThat(waiting(otherLiaison, Colour.RED, Stage.REGISTERED)).isEqualTo(otherBefore);
        mvc.perform(get("/").with(as(accounts, "liaison")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(red.trackingCode())))
                .andExpect(content().string(containsString("剩余 1 小时")));
        mvc.perform(get("/").with(as(accounts, otherLiaison.getUsername())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(red.trackingCode()))));
    }

    @Test
    void aGridWorkersCardCountsOnlyTheirOwnGrid() throws Exception {
        CurrentUser worker = accounts.loadUserByUsername("worker");
        String ownGrid = gridOf("worker");
        String neighbourGrid = jdbc.sql("select min(code) from grid where community_code = ? and code <> ?")
                .params(ownGrid.substring(0, 12), ownGrid)
                .query(String.class)
                .single();
        long before = workload.needingAction(worker).total();

        dispatched(neighbourGrid);
        assertThat(workload.needingAction(worker).total())
                .as("a green matter in the neighbouring grid is not the worker's")
                .isEqualTo(before);

        MatterView own = dispatched(ownGrid);
        Workload.Needs needs = workload.needingAction(worker);
        assertThat(needs.total()).isEqualTo(before + 1);
        assertThat(needs.urgent()).extracting(Workload.Urgent::trackingCode).contains(own.trackingCode());
        assertThat(needs.urgent()).allMatch(matter -> ownGrid.equals(matter.gridCode()));
        mvc.perform(get("/").with(as(accounts, "worker")))
                .andExpect(content().string(containsString("id=\"needs-total\">" + (before + 1) + "<")))
                .andExpect(content().string(containsString(own.trackingCode())));
    }

    @Test
    void residentsSeeTheirOwnReportsAndNobodyElses() throws Exception {
        CurrentUser resident = accounts.loadUserByUsername("resident");
        CurrentUser neighbour = account(Role.RESIDENT, null);
        double[] point = DemoPoints.in(gridOf("leader"), jdbc, locator);
        Receipt mine = residentReport(resident, point, "10.16.0.1");
        Receipt theirs = residentReport(neighbour, point, "10.16.0.2");

        mvc.perform(get("/").with(as(accounts, "resident")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/track/" + mine.trackingCode())))
                .andExpect(content().string(not(containsString(theirs.trackingCode()))))
                .andExpect(content().string(not(containsString("id=\"needs\""))));
    }

    private Receipt residentReport(CurrentUser resident, double[] point, String address) {
        return intake.report(
                new NewReport("小区门口路灯不亮", "0101", point[0], point[1], null, Channel.WEB),
                List.of(),
                null,
                Reporter.of(resident, address));
    }

    /** A green matter reported in the grid, triaged and dispatched by the community secretary. */
    private MatterView dispatched(String grid) {
        MatterView view = triaged(grid, Urgency.NORMAL, "secretary");
        return work.takeStep(
                accounts.loadUserByUsername("secretary"),
                view.id(),
                view.version(),
                new StaffStep.Dispatch(null, null));
    }

    private MatterView triaged(String grid, Urgency urgency, String triager) {
        double[] point = DemoPoints.in(grid, jdbc, locator);
        Receipt receipt = intake.report(
                new NewReport("楼道堆放杂物，存在火灾隐患", "1201", point[0], point[1], null, Channel.HOTLINE), null, triager);
        return work.takeStep(
                accounts.loadUserByUsername(triager),
                UUID.fromString(receipt.id()),
                0,
                new StaffStep.Triage(urgency, Difficulty.GRID, null, null));
    }

    private long waiting(CurrentUser user, Colour colour, Stage stage) {
        return workload.needingAction(user).groups().stream()
                .filter(group -> group.colour() == colour && group.stage() == stage)
                .mapToLong(Workload.Group::matters)
                .sum();
    }

    private CurrentUser account(Role role, String area) {
        String username = "wb-" + UUID.randomUUID().toString().substring(0, 8);
        Set<RegionCode> scope = area == null ? Set.of() : Set.of(RegionCode.of(area));
        accounts.open(NewAccount.scoped(username, "工作台测试", role, scope, "Workbench2026x", false));
        return accounts.loadUserByUsername(username);
    }

    private String gridOf(String username) {
        return accounts.loadUserByUsername(username)
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }
}
