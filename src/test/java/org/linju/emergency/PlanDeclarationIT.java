package org.linju.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Declaring from a plan on the emergencies page: the form is filled in from the plan version in force, its areas are
 * picked from the tree (no code to type), and the emergency records the version it started from.
 */
class PlanDeclarationIT extends WebIntegrationTest {

    @Autowired
    Emergencies emergencies;

    private String community;
    private String communityName;
    private UUID flood;

    @BeforeEach
    void demoPlan() {
        community = accounts.loadUserByUsername("liaison")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        communityName = jdbc.sql("select name from region where code = ?")
                .param(community)
                .query(String.class)
                .single();
        flood = jdbc.sql("select plan_id from emergency_plan_version where title = '社区防汛III级响应预案' and version = 2")
                .query(UUID.class)
                .single();
    }

    /** The tests share one database: lift what they declared. */
    @AfterEach
    void lift() {
        jdbc.sql("update emergency set lifted_at = now(), lifted_by = 'test' where lifted_at is null")
                .update();
    }

    @Test
    void thePlanFillsInTheFormAndTheEmergencyRecordsItsVersion() throws Exception {
        String form = mvc.perform(
                        get("/emergency").param("plan", flood.toString()).with(as(accounts, "liaison")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String firstDirective = communityName + "立即排查低洼地段和地下车库住户，30分钟内回复";
        assertThat(form)
                .contains(firstDirective, communityName + "开放社区避难场所，转移河边住户")
                .contains("name=\"planVersion\" value=\"2\"")
                .containsPattern("<option value=\"" + community + "\"[^>]*selected")
                .containsPattern("value=\"VOLUNTEER\"[^>]*checked")
                .contains("<select name=\"areas\"")
                .doesNotContain("<input name=\"areas\"");

        mvc.perform(post("/emergency")
                        .with(as(accounts, "liaison"))
                        .with(csrf())
                        .param("title", "按预案宣布的暴雨")
                        .param("kind", "FLOOD")
                        .param("level", "III")
                        .param("areas", community)
                        .param("roles", "GRID_LEADER", "GRID_WORKER", "BUILDING_LEADER")
                        .param("kinds", "VOLUNTEER")
                        .param("directives", "", firstDirective)
                        .param("ackMinutes", "30")
                        .param("plan", flood.toString())
                        .param("planVersion", "2"))
                .andExpect(status().is3xxRedirection());
        UUID emergency = jdbc.sql("select id from emergency where title = '按预案宣布的暴雨' and lifted_at is null")
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select plan_id::text || ' v' || plan_version from emergency where id = ?")
                        .param(emergency)
                        .query(String.class)
                        .single())
                .isEqualTo(flood + " v2");
        assertThat(jdbc.sql("select text || ' / ' || ack_minutes from directive where emergency_id = ?")
                        .param(emergency)
                        .query(String.class)
                        .list())
                .as("one directive per text, the blank one ignored")
                .containsExactly(firstDirective + " / 30");
        assertThat(jdbc.sql("select count(*) from directive_recipient r join directive d on d.id = r.directive_id"
                                + " where d.emergency_id = ?")
                        .param(emergency)
                        .query(Long.class)
                        .single())
                .as("the front line of the community's grids and its volunteers")
                .isGreaterThan(3);
    }

    @Test
    void anImprovisedDeclarationPicksItsAreaAndACodeOutsideTheScopeIsRefused() throws Exception {
        String elsewhere = jdbc.sql("select min(code) from region where level = 'COMMUNITY' and code like '511703%'"
                        + " and code <> ?")
                .param(community)
                .query(String.class)
                .single();
        mvc.perform(declare("liaison", "别处的暴雨", elsewhere)).andExpect(status().isForbidden());
        mvc.perform(declare("admin", "外县的暴雨", PlanTestArea.AREA.community())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from emergency where title in ('别处的暴雨', '外县的暴雨')")
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(declare("liaison", "临机宣布的暴雨", community)).andExpect(status().is3xxRedirection());
        assertThat(emergencies.activeIn(List.of(community)))
                .extracting(Emergency::title)
                .containsExactly("临机宣布的暴雨");
        assertThat(jdbc.sql("select count(*) from emergency where title = '临机宣布的暴雨' and plan_id is null")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private MockHttpServletRequestBuilder declare(String user, String title, String area) {
        return post("/emergency")
                .with(as(accounts, user))
                .with(csrf())
                .param("title", title)
                .param("kind", "FLOOD")
                .param("level", "IV")
                .param("areas", area);
    }
}
