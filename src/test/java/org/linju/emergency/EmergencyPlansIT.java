package org.linju.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.springframework.beans.factory.annotation.Autowired;

/** Plans are versioned and reviewed by a second person, and each planner sees and edits only plans of their area. */
class EmergencyPlansIT extends WebIntegrationTest {

    @Autowired
    EmergencyPlans plans;

    @Autowired
    Declarations declarations;

    @Autowired
    Forces forces;

    private CurrentUser drafter;
    private CurrentUser reviewer;

    @BeforeEach
    void area() {
        PlanTestArea.ensure(jdbc, accounts, forces);
        drafter = PlanTestArea.drafter(accounts);
        reviewer = PlanTestArea.reviewer(accounts);
    }

    @Test
    void editingAnApprovedPlanDraftsTheNextVersionAndKeepsTheFirstReadable() throws Exception {
        UUID plan = plans.draft(drafter, draft("防汛预案 一版", 30));
        plans.approve(reviewer, plan, 1);

        assertThat(plans.revise(drafter, plan, draft("防汛预案 二版", 45))).isEqualTo(2);
        assertThat(plans.versions(reviewer, plan))
                .extracting(EmergencyPlan::version, EmergencyPlan::state, EmergencyPlan::title)
                .containsExactly(tuple(2, PlanState.DRAFT, "防汛预案 二版"), tuple(1, PlanState.APPROVED, "防汛预案 一版"));
        assertThat(plans.revise(reviewer, plan, draft("防汛预案 二版（改）", 45)))
                .as("a pending draft is rewritten, not versioned again")
                .isEqualTo(2);

        plans.approve(drafter, plan, 2);
        EmergencyPlan first = plans.version(reviewer, plan, 1);
        assertThat(first.state()).isEqualTo(PlanState.SUPERSEDED);
        assertThat(first.content().deadlineMinutes()).isEqualTo(30);
        assertThat(first.reviewedBy()).isEqualTo("plans-reviewer");
        EmergencyPlan second = plans.version(reviewer, plan, 2);
        assertThat(second.state()).isEqualTo(PlanState.APPROVED);
        assertThat(second.draftedBy()).isEqualTo("plans-reviewer");
        assertThat(second.reviewedBy()).isEqualTo("plans-drafter");

        String page = mvc.perform(
                        get("/emergency/plans/" + plan).param("version", "1").with(as(accounts, "plans-drafter")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("防汛预案 一版", "已被替代", "data-version=\"2\"", "data-version=\"1\"");
    }

    @Test
    void aDraftIsUsedOnlyOnceSomeoneElseApprovedIt() throws Exception {
        UUID plan = plans.draft(drafter, draft("火灾预案", 20));
        assertThatThrownBy(() -> plans.approve(drafter, plan, 1))
                .isInstanceOf(EmergencyRefused.class)
                .hasMessage("plan.ownDraft");
        assertThatThrownBy(() -> declarations.prefill(drafter, plan))
                .isInstanceOf(EmergencyRefused.class)
                .hasMessage("plan.notApproved");
        assertThat(plans.usable(drafter)).extracting(EmergencyPlan::planId).doesNotContain(plan);
        mvc.perform(post("/emergency")
                        .with(as(accounts, "plans-drafter"))
                        .with(csrf())
                        .param("title", "按草稿宣布")
                        .param("kind", "FIRE")
                        .param("level", "III")
                        .param("areas", PlanTestArea.AREA.community())
                        .param("plan", plan.toString())
                        .param("planVersion", "1"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from emergency where title = '按草稿宣布'")
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post("/emergency/plans/" + plan + "/versions/1/approve")
                        .with(as(accounts, "plans-reviewer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.usable(drafter)).extracting(EmergencyPlan::planId).contains(plan);
    }

    @Test
    void plannersSeeAndEditOnlyPlansOfTheirAreaAndOthersNone() throws Exception {
        UUID elsewhere = plans.draft(drafter, draft("外县预案", 30));
        mvc.perform(get("/emergency/plans/" + elsewhere).with(as(accounts, "admin")))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/emergency/plans").param("size", "200").with(as(accounts, "admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("社区防汛III级响应预案")
                .doesNotContain("外县预案");
        assertThatThrownBy(() -> plans.approve(accounts.loadUserByUsername("admin"), elsewhere, 1))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> plans.draft(accounts.loadUserByUsername("street"), draft("越界预案", 30)))
                .isInstanceOf(OutOfScope.class);
        mvc.perform(get("/emergency/plans").with(as(accounts, "worker"))).andExpect(status().isForbidden());
        mvc.perform(get("/emergency/plans").with(as(accounts, "secretary"))).andExpect(status().isForbidden());

        String street = mvc.perform(get("/emergency/plans")
                        .param("kind", "FLOOD")
                        .param("state", "APPROVED")
                        .with(as(accounts, "street")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(street).contains("社区防汛III级响应预案", "v2").doesNotContain("街道疫情防控", "街道地质灾害III级响应预案");
        String drafts = mvc.perform(
                        get("/emergency/plans").param("state", "DRAFT").with(as(accounts, "street")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(drafts).contains("街道地质灾害III级响应预案").doesNotContain("社区防汛III级响应预案");
    }

    @Test
    void aPlanWithoutForcesOrWithABadDeadlineIsRefusedWithItsReason() throws Exception {
        mvc.perform(post("/emergency/plans")
                        .with(as(accounts, "plans-drafter"))
                        .with(csrf())
                        .param("title", "无人可调")
                        .param("kind", "FLOOD")
                        .param("level", "IV")
                        .param("areas", PlanTestArea.AREA.community())
                        .param("deadlineMinutes", "30"))
                .andExpect(status().isUnprocessableContent());
        assertThatThrownBy(() -> plans.draft(drafter, draft("一天以上", 2000)))
                .isInstanceOf(PlanRefused.class)
                .hasMessage("plan.badDeadline");
    }

    private static PlanDraft draft(String title, int deadline) {
        return new PlanDraft(
                title,
                EmergencyKind.FLOOD,
                EmergencyLevel.III,
                List.of(PlanTestArea.AREA.community()),
                Set.of(GovernanceRole.GRID_LEADER),
                Set.of(ForceKind.VOLUNTEER),
                List.of("{area}立即转移低洼住户，{deadline}分钟内回复"),
                deadline);
    }
}
