package org.linju.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.DemoPoints;
import org.linju.Eventually;
import org.linju.WebIntegrationTest;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.grid.GridLocator;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.matters.Channel;
import org.linju.matters.Difficulty;
import org.linju.matters.Intake;
import org.linju.matters.MatterView;
import org.linju.matters.MatterWork;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.linju.matters.StaffStep;
import org.linju.matters.Urgency;
import org.springframework.beans.factory.annotation.Autowired;

/** Emergency mode on the demo district: declaring, directives and their states, A/B routing, lifting, review. */
class EmergencyIT extends WebIntegrationTest {

    private static final Set<GovernanceRole> FRONT_LINE =
            EnumSet.of(GovernanceRole.GRID_LEADER, GovernanceRole.GRID_WORKER, GovernanceRole.BUILDING_LEADER);

    @Autowired
    Emergencies emergencies;

    @Autowired
    Directives directives;

    @Autowired
    DirectiveInbox inbox;

    @Autowired
    DirectiveReminders reminders;

    @Autowired
    CommandBoard board;

    @Autowired
    Forces forces;

    @Autowired
    Intake intake;

    @Autowired
    MatterWork work;

    @Autowired
    GridLocator locator;

    private CurrentUser liaison;
    private String community;
    private String grid;
    private Emergency emergency;

    @BeforeEach
    void declare() {
        liaison = accounts.loadUserByUsername("liaison");
        grid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        community = grid.substring(0, 12);
        assertThat(emergencies.activeIn(List.of(grid))).as("normal mode before").isEmpty();
        emergency = emergencies.declare(liaison, "暴雨内涝", EmergencyKind.FLOOD, EmergencyLevel.III, List.of(community));
    }

    /** The tests share one database: lift what is still active and put everyone back on duty. */
    @AfterEach
    void liftAndRestore() {
        if (emergencies.find(emergency.id()).active()) {
            emergencies.lift(liaison, emergency.id(), null);
        }
        jdbc.sql("update force_member set available = true, unavailable_note = null where not available")
                .update();
    }

    @Test
    void onlyCommandersDeclareInsideTheirAreaAndNeverTwiceForOneArea() {
        assertThat(emergencies.activeIn(List.of(grid)))
                .extracting(Emergency::id)
                .containsExactly(emergency.id());
        assertThatThrownBy(() ->
                        emergencies.declare(liaison, "再次", EmergencyKind.FLOOD, EmergencyLevel.IV, List.of(community)))
                .isInstanceOf(EmergencyRefused.class)
                .hasMessage("emergency.alreadyActive");
        assertThatThrownBy(
                        () -> emergencies.declare(liaison, "网格", EmergencyKind.FLOOD, EmergencyLevel.IV, List.of(grid)))
                .as("areas are sub-districts or communities")
                .isInstanceOf(EmergencyRefused.class)
                .hasMessage("emergency.badArea");
        assertThatThrownBy(() -> emergencies.declare(
                        accounts.loadUserByUsername("worker"),
                        "网格员",
                        EmergencyKind.FIRE,
                        EmergencyLevel.IV,
                        List.of(grid)))
                .isInstanceOf(OutOfScope.class);
        String elsewhere = jdbc.sql("select min(code) from region where level = 'COMMUNITY' and code <> ?")
                .param(community)
                .query(String.class)
                .single();
        assertThatThrownBy(() ->
                        emergencies.declare(liaison, "别处", EmergencyKind.FIRE, EmergencyLevel.IV, List.of(elsewhere)))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> emergencies.visible(accounts.loadUserByUsername("dept"), emergency.id()))
                .as("the department's grids are elsewhere")
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void aDirectiveReachesNamedPeopleWhoReadAndAcknowledgeIt() throws Exception {
        UUID directive =
                directives.issue(liaison, emergency.id(), "立即排查低洼地段住户", List.of(grid), FRONT_LINE, Set.of(), 30);
        assertThat(states(directive)).containsOnlyKeys("张伟", "杨洋", "赵强").containsValues(RecipientState.SENT);

        CurrentUser worker = accounts.loadUserByUsername("worker");
        assertThat(inbox.mine(worker))
                .filteredOn(received -> received.directiveId().equals(directive))
                .singleElement()
                .satisfies(received -> {
                    assertThat(received.text()).isEqualTo("立即排查低洼地段住户");
                    assertThat(received.state()).isEqualTo(RecipientState.READ);
                });
        directives.acknowledge(worker, directive);
        assertThatThrownBy(() -> directives.acknowledge(worker, directive)).isInstanceOf(EmergencyRefused.class);
        assertThat(states(directive))
                .containsEntry("杨洋", RecipientState.ACKNOWLEDGED)
                .containsEntry("张伟", RecipientState.SENT);
        assertThat(board.board(liaison, emergency.id(), null).areas())
                .singleElement()
                .satisfies(area -> {
                    assertThat(area.code()).isEqualTo(grid);
                    assertThat(area.name())
                            .isEqualTo(jdbc.sql("select name from grid where code = ?")
                                    .param(grid)
                                    .query(String.class)
                                    .single());
                    assertThat(area.acknowledged()).isEqualTo(1);
                    assertThat(area.recipients()).isEqualTo(3);
                });
        Eventually.await(
                () -> jdbc.sql("select count(*) from inbox_message where username = 'worker' and link = '/directives'")
                                .query(Long.class)
                                .single()
                        > 0);

        UUID toAll = directives.issue(
                liaison,
                emergency.id(),
                "机关报到干部到岗",
                List.of(community),
                Set.of(),
                EnumSet.of(ForceKind.REGISTERED_CADRE),
                60);
        long registered = jdbc.sql(
                        "select count(*) from force_member where kind = 'REGISTERED_CADRE' and grid_code like ?")
                .param(community + "%")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from directive_recipient where directive_id = ?")
                        .param(toAll)
                        .query(Long.class)
                        .single())
                .isEqualTo(registered)
                .isGreaterThan(100);
        assertThat(board.board(liaison, emergency.id(), null).forces())
                .as("forces in the emergency's area by kind")
                .filteredOn(line -> line.kind().equals("REGISTERED_CADRE"))
                .singleElement()
                .satisfies(line -> assertThat(line.members()).isEqualTo(registered));
        assertThatThrownBy(() ->
                        directives.issue(liaison, emergency.id(), "越界", List.of("511703001"), FRONT_LINE, Set.of(), 30))
                .isInstanceOf(EmergencyRefused.class);
        UUID toPolice = directives.issue(
                liaison,
                emergency.id(),
                "民警到场维持秩序",
                List.of(grid),
                EnumSet.of(GovernanceRole.COMMUNITY_POLICE),
                Set.of(),
                30);
        assertThat(jdbc.sql("""
				select m.kind from directive_recipient r join force_member m on m.id = r.member_id where r.directive_id = ?""").param(toPolice).query(String.class).list())
                .as("the community's police officer, registered for the whole community")
                .containsExactly("POLICE");
    }

    @Test
    void anUnavailableOrSilentPersonsDirectiveGoesToTheirBackup() {
        UUID directive = directives.issue(liaison, emergency.id(), "转移河边住户", List.of(grid), FRONT_LINE, Set.of(), 1);
        UUID zhangWei = member(directive, "张伟");
        List<UUID> backups =
                directives.markUnavailable(accounts.loadUserByUsername("secretary"), directive, zhangWei, "联系不上");
        assertThat(states(directive))
                .containsEntry("张伟", RecipientState.UNREACHABLE)
                .containsEntry("李静", RecipientState.SENT);
        assertThat(backups).hasSize(1);
        assertThat(inbox.mine(accounts.loadUserByUsername("secretary")))
                .filteredOn(received -> received.directiveId().equals(directive))
                .singleElement()
                .satisfies(received -> assertThat(received.backupForName()).isEqualTo("张伟"));

        jdbc.sql("update directive_recipient set sent_at = sent_at - interval '2 minutes' where directive_id = ?")
                .param(directive)
                .update();
        assertThat(reminders.remindOverdue())
                .as("杨洋, 赵强 and 李静 are past the minute")
                .isEqualTo(3);
        assertThat(reminders.remindOverdue()).as("reminded once").isZero();
        String workersBackup = jdbc.sql("""
				select b.name from grid_duty d join force_member b on b.id = d.backup_id
				where d.grid_code = ? and d.role = 'GRID_WORKER'""").param(grid).query(String.class).single();
        String secretarysBackup =
                jdbc.sql("""
				select b.name from community_duty d join force_member b on b.id = d.backup_id
				where d.community_code = ? and d.seat = 1""").param(community).query(String.class).single();
        assertThat(states(directive))
                .as("the silent B (李静) has a B of her own on the committee")
                .containsEntry(workersBackup, RecipientState.SENT)
                .containsEntry(secretarysBackup, RecipientState.SENT)
                .hasSize(6);
        assertThat(forces.switches(liaison, community)).anySatisfy(change -> {
            assertThat(change.holderName()).isEqualTo("杨洋");
            assertThat(change.reason()).isEqualTo("应急指令超时未确认");
            assertThat(change.switchedBy()).isEqualTo("system");
        });
        emergencies.lift(liaison, emergency.id(), null);
        jdbc.sql("update directive_recipient set reminded_at = null where directive_id = ?")
                .param(directive)
                .update();
        assertThat(reminders.remindOverdue())
                .as("nobody is reminded once the emergency is lifted")
                .isZero();
    }

    @Test
    void whySomeoneIsUnavailableIsForCoordinatorsOnly() throws Exception {
        UUID directive = directives.issue(liaison, emergency.id(), "巡查积水点", List.of(grid), FRONT_LINE, Set.of(), 30);
        directives.markUnavailable(
                accounts.loadUserByUsername("secretary"), directive, member(directive, "张伟"), "住院做手术");
        for (String page : List.of(
                "/emergency/" + emergency.id() + "?area=" + grid,
                "/emergency/" + emergency.id() + "/board",
                "/forces?area=" + grid,
                "/forces/grids/" + grid)) {
            for (String frontLine : List.of("worker", "building")) {
                mvc.perform(get(page).with(as(accounts, frontLine)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(Matchers.not(Matchers.containsString("住院做手术"))));
            }
            mvc.perform(get(page).with(as(accounts, "leader")))
                    .andExpect(content().string(Matchers.containsString("住院做手术")));
        }
    }

    @Test
    void liftingReturnsToNormalAndTheReviewListsEverything() throws Exception {
        UUID directive = directives.issue(liaison, emergency.id(), "开放避难场所", List.of(grid), FRONT_LINE, Set.of(), 30);
        directives.acknowledge(accounts.loadUserByUsername("building"), directive);
        emergencies.lift(liaison, emergency.id(), "险情解除，无人员伤亡");
        assertThat(emergencies.activeIn(List.of(grid))).isEmpty();
        assertThatThrownBy(
                        () -> directives.issue(liaison, emergency.id(), "再发", List.of(grid), FRONT_LINE, Set.of(), 30))
                .isInstanceOf(EmergencyRefused.class);
        assertThatThrownBy(() -> emergencies.lift(liaison, emergency.id(), null))
                .isInstanceOf(EmergencyRefused.class);
        mvc.perform(get("/emergency/" + emergency.id() + "/review").with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.allOf(
                                Matchers.containsString("开放避难场所"),
                                Matchers.containsString("险情解除"),
                                Matchers.containsString("赵强"),
                                Matchers.containsString("已确认"))));
        mvc.perform(get("/emergency/" + emergency.id()).with(as(accounts, "dept")))
                .andExpect(status().isForbidden());
    }

    @Test
    void mattersReportedMeanwhileGetTheEmergencyLimitAndAppearOnTheBoard() {
        double[] point = DemoPoints.in(grid, jdbc, locator);
        Receipt receipt = intake.report(
                new NewReport("地下车库进水，车辆被淹", "1203", point[0], point[1], null, Channel.HOTLINE), null, "leader");
        UUID id = UUID.fromString(receipt.id());
        MatterView view = work.takeStep(
                accounts.loadUserByUsername("leader"),
                id,
                0,
                new StaffStep.Triage(Urgency.NORMAL, Difficulty.GRID, null, null));
        assertThat(Duration.between(Instant.now(), view.resolveDue()).toMinutes())
                .as("an emergency limit (2 h), not the normal 7 days")
                .isBetween(100L, 120L);
        assertThat(board.board(liaison, emergency.id(), null).matters())
                .extracting(AreaMatters.Line::id)
                .contains(id);
    }

    private Map<String, RecipientState> states(UUID directive) {
        Map<String, RecipientState> states = new HashMap<>();
        jdbc.sql(
                        "select m.name, r.state from directive_recipient r join force_member m on m.id = r.member_id where r.directive_id = ?")
                .param(directive)
                .query(rs -> {
                    states.put(rs.getString(1), RecipientState.valueOf(rs.getString(2)));
                });
        return states;
    }

    private UUID member(UUID directive, String name) {
        return jdbc.sql(
                        "select r.member_id from directive_recipient r join force_member m on m.id = r.member_id where r.directive_id = ? and m.name = ?")
                .params(directive, name)
                .query(UUID.class)
                .single();
    }
}
