package org.linju.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.identity.CurrentUser;
import org.linju.shared.SteerableClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review report against the plan, on a fixture checked by hand: a plan calling grid leaders and volunteers with a
 * 30-minute roll call and two templates; the commander declares from it at 08:00, sends the first template to the
 * volunteers only at 08:05 (甲 answers at 08:15, 乙 at 08:50, 丙 never) and a directive of their own at 09:00 (all
 * three answer at 09:10). Expected: the first directive 5 minutes after the declaration; grid leaders not called;
 * template 1 sent, template 2 not; one directive off plan; 4 of 6 in time, 乙 45 minutes late, 丙 never.
 */
class PlanReviewIT extends WebIntegrationTest {

    private static final Instant DECLARED = Instant.parse("2026-07-01T00:00:00Z");

    @Autowired
    EmergencyPlans plans;

    @Autowired
    Declarations declarations;

    @Autowired
    Directives directives;

    @Autowired
    Emergencies emergencies;

    @Autowired
    PlanReview review;

    @Autowired
    Forces forces;

    @Autowired
    SteerableClock clock;

    @Test
    void theReviewComparesWhatHappenedWithThePlan() throws Exception {
        PlanTestArea.ensure(jdbc, accounts, forces);
        CurrentUser commander = PlanTestArea.drafter(accounts);
        UUID emergency = replayFixture(commander, PlanTestArea.reviewer(accounts));

        PlanComparison c = review.compare(commander, emergency).orElseThrow();
        assertThat(c.plan().version()).isEqualTo(1);
        assertThat(c.firstDirectiveMinutes()).isEqualTo(5);
        assertThat(c.rolesNotCalled()).containsExactly(GovernanceRole.GRID_LEADER);
        assertThat(c.kindsNotCalled()).isEmpty();
        assertThat(c.kindsOffPlan()).isEmpty();
        assertThat(c.templates())
                .extracting(PlanComparison.TemplateLine::text, PlanComparison.TemplateLine::sent)
                .containsExactly(tuple("模块社区转移低洼住户，30分钟内回复", true), tuple("模块社区开放避难场所", false));
        assertThat(c.directivesOffPlan()).isEqualTo(1);
        assertThat(c.recipients()).isEqualTo(6);
        assertThat(c.onTime()).isEqualTo(4);
        assertThat(c.late())
                .extracting(PlanComparison.LateLine::name, PlanComparison.LateLine::minutes)
                .as("who never answered first, then the late")
                .containsExactly(tuple("预案志愿者丙", null), tuple("预案志愿者乙", 45L));
        assertThat(c.neverAnswered()).isOne();

        String page = mvc.perform(get("/emergency/" + emergency + "/review").with(as(accounts, "plans-drafter")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("与预案对照", "6 人中 4 人按时确认；1 人超时；1 人未回复", "预案志愿者乙", "45 分钟", "未按原文下达");
    }

    @Test
    void anImprovisedEmergencyHasNoComparison() throws Exception {
        PlanTestArea.ensure(jdbc, accounts, forces);
        CurrentUser commander = PlanTestArea.drafter(accounts);
        Emergency improvised = declarations.declare(
                commander,
                Declaration.improvised(
                        "临机演练", EmergencyKind.OTHER, EmergencyLevel.IV, List.of(PlanTestArea.AREA.community())));
        emergencies.lift(commander, improvised.id(), null);
        assertThat(review.compare(commander, improvised.id())).isEmpty();
    }

    private UUID replayFixture(CurrentUser commander, CurrentUser reviewer) {
        UUID plan = plans.draft(
                commander,
                new PlanDraft(
                        "模块防汛预案",
                        EmergencyKind.FLOOD,
                        EmergencyLevel.II,
                        List.of(PlanTestArea.AREA.community()),
                        Set.of(GovernanceRole.GRID_LEADER),
                        Set.of(ForceKind.VOLUNTEER),
                        List.of("{area}转移低洼住户，{deadline}分钟内回复", "{area}开放避难场所"),
                        30));
        plans.approve(reviewer, plan, 1);
        Declaration filled = declarations.prefill(commander, plan);
        Emergency emergency = at(0, () -> declarations.declare(commander, filled.withoutDirectives()));
        UUID first = at(
                5,
                () -> directives.issue(
                        commander,
                        emergency.id(),
                        filled.directives().get(0),
                        List.of(),
                        Set.of(),
                        Set.of(ForceKind.VOLUNTEER),
                        30));
        Map<String, UUID> members = jdbc
                .sql("select m.name, m.id from force_member m where m.community_code = ? and m.kind = 'VOLUNTEER'")
                .param(PlanTestArea.AREA.community())
                .query((rs, row) -> Map.entry(rs.getString("name"), rs.getObject("id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        acknowledge(commander, first, members.get("预案志愿者甲"), 15);
        acknowledge(commander, first, members.get("预案志愿者乙"), 50);
        UUID own = at(
                60,
                () -> directives.issue(
                        commander, emergency.id(), "自拟指令", List.of(), Set.of(), Set.of(ForceKind.VOLUNTEER), 30));
        members.values().forEach(member -> acknowledge(commander, own, member, 70));
        at(120, () -> emergencies.lift(commander, emergency.id(), null));
        return emergency.id();
    }

    private void acknowledge(CurrentUser by, UUID directive, UUID member, int minute) {
        at(minute, () -> {
            directives.acknowledgeFor(by, directive, member);
            return null;
        });
    }

    private <T> T at(int minute, Supplier<T> work) {
        return clock.at(DECLARED.plus(Duration.ofMinutes(minute)), work);
    }
}
