package org.linju.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The command board's directive form, as a coordinator fills it in. */
class DirectiveFormIT extends WebIntegrationTest {

    @Autowired
    Emergencies emergencies;

    private CurrentUser liaison;
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
        emergency = emergencies.declare(
                liaison, "表单演练", EmergencyKind.FLOOD, EmergencyLevel.III, List.of(grid.substring(0, 12)));
    }

    /** The tests share one database: lift what is still active. */
    @AfterEach
    void lift() {
        if (emergencies.find(emergency.id()).active()) {
            emergencies.lift(liaison, emergency.id(), null);
        }
    }

    @Test
    void targetsAndRolesReachTheNamedPeopleWhoAcknowledgeWithinHalfAnHourUnlessSaid() throws Exception {
        mvc.perform(issue().param("text", "表单下达的指令")
                        .param("targets", " " + grid + "，")
                        .param("roles", "GRID_LEADER", "GRID_WORKER", "BUILDING_LEADER"))
                .andExpect(status().is3xxRedirection());
        UUID directive = jdbc.sql("select id from directive where emergency_id = ? and text = '表单下达的指令'")
                .param(emergency.id())
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select ack_minutes from directive where id = ?")
                        .param(directive)
                        .query(Integer.class)
                        .single())
                .isEqualTo(30);
        assertThat(jdbc.sql("select target_codes[1] from directive where id = ?")
                        .param(directive)
                        .query(String.class)
                        .single())
                .isEqualTo(grid);
        assertThat(jdbc.sql(
                                "select m.name from directive_recipient r join force_member m on m.id = r.member_id where r.directive_id = ?")
                        .param(directive)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("张伟", "杨洋", "赵强");
    }

    @Test
    void aDirectiveWithoutTextOrWithUnreadableMinutesIsABadRequest() throws Exception {
        mvc.perform(issue().param("roles", "GRID_LEADER")).andExpect(status().isBadRequest());
        mvc.perform(issue().param("text", "何时确认").param("roles", "GRID_LEADER").param("ackMinutes", "soon"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from directive where emergency_id = ?")
                        .param(emergency.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MockHttpServletRequestBuilder issue() {
        return post("/emergency/" + emergency.id() + "/directives")
                .with(as(accounts, "liaison"))
                .with(csrf());
    }
}
