package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.Eventually;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The exception paths that need a second person (void, defer, extend), merging duplicates so both reporters
 * follow one matter, and red matters handed to a district department.
 */
class ApprovalsAndMergingIT extends WebIntegrationTest {

    @Autowired
    MatterList matterList;

    @Autowired
    MatterWork work;

    @Autowired
    MatterPages pages;

    @Autowired
    Intake intake;

    @Autowired
    GridLocator locator;

    @Autowired
    MatterMetrics metrics;

    private MatterFixtures fixtures;
    private CurrentUser leader;
    private CurrentUser secretary;

    @BeforeEach
    void people() {
        fixtures = new MatterFixtures(jdbc, locator, accounts, intake);
        leader = accounts.loadUserByUsername("leader");
        secretary = accounts.loadUserByUsername("secretary");
    }

    @Test
    void voidingWaitsForASecondPersonAndTheRequesterCannotApproveIt() {
        MatterView view = fixtures.triaged(work, Urgency.NORMAL, Difficulty.COMMUNITY);
        UUID id = view.id();
        view = work.takeStep(leader, id, view.version(), new StaffStep.RequestVoiding("重复来电，已在另一事项办理"));
        assertThat(view.stage()).as("a request changes nothing yet").isEqualTo(Stage.REGISTERED);
        assertThat(pages.available(leader, view)).doesNotContain(Action.APPROVE, Action.VOID, Action.DEFER);
        int version = view.version();
        assertThatThrownBy(() -> work.takeStep(leader, id, version, new StaffStep.Approve(null)))
                .isInstanceOf(ActionRefused.class);
        assertThat(pages.available(secretary, view)).contains(Action.APPROVE, Action.REJECT_REQUEST);
        assertThatThrownBy(() -> work.takeStep(secretary, id, version, new StaffStep.RequestDeferral("等")))
                .as("deferring needs work to have started")
                .isInstanceOf(IllegalTransition.class);

        view = work.takeStep(secretary, id, version, new StaffStep.Approve("同意"));
        assertThat(view.stage()).isEqualTo(Stage.VOIDED);
        assertThat(actions(id)).containsSubsequence("requestVOID", "void");
        assertThat(jdbc.sql("select decided_by from matter_request where matter_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("secretary");
    }

    @Test
    void aSecretaryWhoRequestsCannotDecideTheirOwnRequest() {
        MatterView view = fixtures.triaged(work, Urgency.NORMAL, Difficulty.COMMUNITY);
        view = work.takeStep(secretary, view.id(), view.version(), new StaffStep.RequestVoiding("误报"));
        UUID id = view.id();
        int version = view.version();
        assertThatThrownBy(() -> work.takeStep(secretary, id, version, new StaffStep.Approve(null)))
                .isInstanceOf(SecondPersonRequired.class);
        assertThatThrownBy(() -> work.takeStep(secretary, id, version, new StaffStep.RequestVoiding("再次")))
                .isInstanceOf(RequestPending.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "update matter_request set decided_by = requested_by, decided_at = now() where matter_id = ?")
                        .param(id)
                        .update())
                .as("the database refuses it too")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> work.takeStep(leader, id, version, new StaffStep.TurnDown("不属于误报")))
                .as("grid leaders do not decide requests")
                .isInstanceOf(ActionRefused.class);
        view = work.takeStep(accounts.loadUserByUsername("liaison"), id, version, new StaffStep.TurnDown("不属于误报"));
        assertThat(view.stage()).isEqualTo(Stage.REGISTERED);
        assertThat(pages.pendingRequest(leader, id)).isEmpty();
        assertThat(actions(id)).contains("rejectRequestVOID");
    }

    @Test
    void anApprovedExtensionMovesTheLimitAndLetsTheMatterEscalateAgainLater() {
        MatterView view = fixtures.triaged(work, Urgency.NORMAL, Difficulty.COMMUNITY);
        UUID id = view.id();
        view = work.takeStep(leader, id, view.version(), new StaffStep.Dispatch(null, null));
        view = work.takeStep(leader, id, view.version(), new StaffStep.Accept());
        Instant before = view.resolveDue();
        int version = view.version();
        assertThatThrownBy(() -> work.takeStep(leader, id, version, new StaffStep.RequestExtension("需等配件", null)))
                .as("an extension says how long")
                .isInstanceOf(UnacceptableReport.class);
        assertThatThrownBy(() -> work.takeStep(leader, id, version, new StaffStep.RequestExtension(null, 48)))
                .isInstanceOf(ReasonMissing.class);
        view = work.takeStep(leader, id, version, new StaffStep.RequestExtension("需等配件", 48));
        assertThat(view.resolveDue()).as("unchanged until approved").isEqualTo(before);
        jdbc.sql("update matter set escalated_at = now() where id = ?")
                .param(id)
                .update();
        view = work.takeStep(secretary, id, view.version(), new StaffStep.Approve(null));
        assertThat(view.stage()).isEqualTo(Stage.ACCEPTED);
        assertThat(Duration.between(before, view.resolveDue())).isEqualTo(Duration.ofHours(48));
        assertThat(jdbc.sql("select escalated_at is null from matter where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .as("the new limit can be escalated when it passes")
                .isTrue();
    }

    @Test
    void aMergedDuplicatesReporterFollowsTheMatterThatCarriesOn() throws Exception {
        MatterView kept = fixtures.triaged(work, Urgency.NORMAL, Difficulty.COMMUNITY);
        Receipt duplicate = fixtures.hotlineReport("0101", "楼道灯坏了，又一位居民来电");
        UUID duplicateId = UUID.fromString(duplicate.id());
        assertThat(pages.available(leader, pages.matter(leader, duplicateId))).contains(Action.MERGE);
        assertThatThrownBy(() -> work.merge(leader, duplicateId, 0, duplicate.trackingCode()))
                .as("not into itself")
                .isInstanceOf(UnacceptableReport.class);

        mvc.perform(post("/matters/" + duplicateId + "/merge")
                        .param("version", "0")
                        .param("target", kept.trackingCode().toLowerCase())
                        .with(as(accounts, "leader"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.matter(leader, duplicateId).stage()).isEqualTo(Stage.MERGED);
        assertThat(pages.merged(leader, kept.id())).containsExactly(duplicate.trackingCode());

        MatterView view = work.takeStep(leader, kept.id(), kept.version(), new StaffStep.Dispatch(null, null));
        view = work.takeStep(leader, kept.id(), view.version(), new StaffStep.Accept());
        view = work.takeStep(leader, kept.id(), view.version(), new StaffStep.Start(List.of()));
        view = work.takeStep(leader, kept.id(), view.version(), new StaffStep.Resolve("已更换楼道灯", List.of()));
        String page = mvc.perform(get("/track/" + duplicate.trackingCode()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .as("the progress of the matter that carries on, under the reporter's own code")
                .contains(duplicate.trackingCode())
                .contains("已合并")
                .contains("已处理反馈")
                .contains("已更换楼道灯");
        assertThat(page)
                .as("but not its tracking code, which would let this reporter rate it")
                .doesNotContain(kept.trackingCode());
        assertThat(listed(leader).stream()
                        .filter(m -> m.id().equals(duplicateId))
                        .findFirst()
                        .orElseThrow()
                        .stage())
                .isEqualTo(Stage.MERGED);
    }

    @Test
    void aRedMatterHandedToADepartmentReachesItsStaffAndIsCountedForIt() throws Exception {
        MatterView view = fixtures.triaged(work, Urgency.NORMAL, Difficulty.DISTRICT);
        assertThat(view.colour()).isEqualTo(Colour.RED);
        CurrentUser dept = accounts.loadUserByUsername("dept");
        assertThat(dept.departmentCode()).isEqualTo("D034");
        UUID id = view.id();
        assertThatThrownBy(() -> pages.matter(dept, id))
                .as("not yet theirs, and outside their grids")
                .isInstanceOf(OutOfScope.class);
        CurrentUser liaison = accounts.loadUserByUsername("liaison");
        int version = view.version();
        assertThatThrownBy(() -> work.takeStep(liaison, id, version, new StaffStep.Dispatch(null, "D999")))
                .isInstanceOf(UnacceptableReport.class);
        view = work.takeStep(liaison, id, version, new StaffStep.Dispatch("请住建局牵头", "D034"));
        assertThat(view.departmentCode()).isEqualTo("D034");
        assertThat(listed(dept)).extracting(MatterList.Row::id).contains(id);
        view = work.takeStep(dept, id, view.version(), new StaffStep.Accept());
        assertThat(view.stage()).isEqualTo(Stage.ACCEPTED);
        mvc.perform(get("/matters/" + id).with(as(accounts, "dept"))).andExpect(status().isOk());

        MatterView yellow = fixtures.triaged(work, Urgency.NORMAL, Difficulty.COMMUNITY);
        assertThatThrownBy(() ->
                        work.takeStep(leader, yellow.id(), yellow.version(), new StaffStep.Dispatch(null, "D034")))
                .isInstanceOf(UnacceptableReport.class);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<MatterMetrics.Line> lines = metrics.by(
                MatterMetrics.Breakdown.DEPARTMENT,
                accounts.loadUserByUsername("admin").scope(),
                today,
                today);
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.code()).isEqualTo("D034");
            assertThat(line.name()).isEqualTo("区住房和城乡建设局");
            assertThat(line.reported()).isPositive();
        });
        assertThat(lines).extracting(MatterMetrics.Line::code).doesNotContainNull();
        Eventually.await(() -> jdbc.sql("select count(*) from inbox_message where username = 'dept' and link = ?")
                        .param("/matters/" + id)
                        .query(Long.class)
                        .single()
                == 1);
    }

    private List<String> actions(UUID id) {
        return jdbc.sql("select action from matter_timeline where matter_id = ? order by id")
                .param(id)
                .query(String.class)
                .list();
    }

    /** The first page of the person's matter list, as /matters shows it. */
    private List<MatterList.Row> listed(CurrentUser person) {
        MatterFilter all =
                new MatterFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
        return matterList.page(person, all).rows();
    }
}
