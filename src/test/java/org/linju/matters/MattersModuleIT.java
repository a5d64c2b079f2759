package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.grid.GridBoundaryImport;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The matters module with everything it builds on: a report made inside a grid lands in that grid, and other modules
 * hear of it once it is stored; each staff step announces what it did once. Reports are written by the intake's batch
 * writer on its own thread, where Scenario's event capture (bound to the test's thread) does not reach, so a listener
 * stands in for the modules that listen. Staff steps publish on the caller's thread, where it does.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestInstance(Lifecycle.PER_CLASS)
class MattersModuleIT extends ModuleIntegrationTest {

    private static final ModuleTestArea AREA = new ModuleTestArea("511796");
    private static final String LEADER = "matters-leader";
    private static final String SECRETARY = "matters-secretary";

    @Autowired
    Intake intake;

    @Autowired
    MatterWork work;

    @Autowired
    Accounts accounts;

    @Autowired
    GridBoundaryImport boundaries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Heard heard;

    /** The county with its grid, its grid leader and its community secretary, once for all scenarios. */
    @BeforeAll
    void area() {
        AREA.createRegions(jdbc);
        boundaries.importFeatureCollection(AREA.boundaries(), GridScope.unrestricted());
        accounts.open(NewAccount.scoped(
                LEADER, "模块网格长", Role.GRID_LEADER, Set.of(RegionCode.of(AREA.grid())), "Temporary2026", false));
        accounts.open(NewAccount.scoped(
                SECRETARY,
                "模块书记",
                Role.COMMUNITY_SECRETARY,
                Set.of(RegionCode.of(AREA.community())),
                "Temporary2026",
                false));
    }

    @Test
    void aReportInsideAGridIsAnnouncedWithItsGridAndTrackingCode(Scenario scenario) {
        scenario.stimulate(() -> intake.report(
                        new NewReport("楼道堆放杂物存在消防隐患", "1201", AREA.lat(), AREA.lng(), null, Channel.PATROL),
                        null,
                        "matters-module"))
                .andWaitForStateChange(() -> heard.reports(AREA.county(), "1201"), reports -> !reports.isEmpty())
                .andVerify((reports, receipt) -> {
                    assertThat(receipt.gridCode()).isEqualTo(AREA.grid());
                    assertThat(reports).singleElement().satisfies(event -> {
                        assertThat(event.matterId()).isEqualTo(UUID.fromString(receipt.id()));
                        assertThat(event.trackingCode()).isEqualTo(receipt.trackingCode());
                        assertThat(event.gridCode()).isEqualTo(AREA.grid());
                        assertThat(event.categoryCode()).isEqualTo("1201");
                    });
                });
    }

    @Test
    void fromTriageThroughADeferralToStrikeOffEachStepIsAnnouncedOnce(PublishedEvents events) {
        UUID id = UUID.fromString(intake.report(
                        new NewReport("路灯不亮，夜间出行不便", "0101", AREA.lat(), AREA.lng(), null, Channel.PATROL),
                        null,
                        "matters-module")
                .id());

        assertThat(triagedDeferredAndStruckOff(id).stage()).isEqualTo(Stage.STRUCK_OFF);

        assertThat(events.ofType(MatterTriaged.class).matching(MatterTriaged::matterId, id))
                .singleElement()
                .satisfies(triaged -> {
                    assertThat(triaged.colour()).isEqualTo(Colour.YELLOW);
                    assertThat(triaged.gridCode()).isEqualTo(AREA.grid());
                });
        assertThat(events.ofType(MatterDispatched.class).matching(MatterDispatched::matterId, id))
                .singleElement()
                .extracting(MatterDispatched::handlers)
                .isEqualTo(List.of(Role.COMMUNITY_SECRETARY, Role.GRID_LEADER));
        assertThat(events.ofType(ApprovalRequested.class).matching(ApprovalRequested::matterId, id))
                .as("approving the request asks for nothing more")
                .singleElement()
                .extracting(ApprovalRequested::kind)
                .isEqualTo(Action.DEFER);
        assertThat(events.ofType(MatterStruckOff.class).matching(MatterStruckOff::matterId, id))
                .singleElement()
                .extracting(MatterStruckOff::gridCode)
                .isEqualTo(AREA.grid());
    }

    /** The grid leader handles a yellow matter; the community secretary approves the pause the leader asks for. */
    private MatterView triagedDeferredAndStruckOff(UUID id) {
        CurrentUser leader = accounts.loadUserByUsername(LEADER);
        CurrentUser secretary = accounts.loadUserByUsername(SECRETARY);
        MatterView view =
                work.takeStep(leader, id, 0, new StaffStep.Triage(Urgency.NORMAL, Difficulty.COMMUNITY, null, null));
        view = step(leader, view, new StaffStep.Dispatch(null, null));
        view = step(leader, view, new StaffStep.Accept());
        view = step(leader, view, new StaffStep.Start(List.of()));
        view = step(leader, view, new StaffStep.RequestDeferral("等待更换线路的配件"));
        view = step(secretary, view, new StaffStep.Approve("同意缓办"));
        assertThat(view.stage()).isEqualTo(Stage.DEFERRED);
        view = step(leader, view, new StaffStep.Resume());
        view = step(leader, view, new StaffStep.Resolve("已更换灯泡", List.of()));
        view = step(leader, view, new StaffStep.Verify("现场核实", List.of()));
        return step(leader, view, new StaffStep.StrikeOff(null));
    }

    private MatterView step(CurrentUser user, MatterView view, StaffStep step) {
        return work.takeStep(user, view.id(), view.version(), step);
    }

    @TestConfiguration
    static class Listening {

        @Bean
        Heard heard() {
            return new Heard();
        }
    }

    static class Heard {

        private final List<MatterReported> reported = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(MatterReported event) {
            reported.add(event);
        }

        List<MatterReported> reports(String district, String categoryCode) {
            return reported.stream()
                    .filter(event -> event.district().equals(district))
                    .filter(event -> event.categoryCode().equals(categoryCode))
                    .toList();
        }
    }
}
