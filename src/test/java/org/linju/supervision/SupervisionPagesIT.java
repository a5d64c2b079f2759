package org.linju.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The register's pages on the demo district: an administrator issues a notice for one of the four offices about the
 * demo grid worker, who finds it under "my notices" and reports the fix; the grid's leader sees it in the register, a
 * leader of a neighbouring grid neither there nor by its address.
 */
class SupervisionPagesIT extends WebIntegrationTest {

    @Autowired
    Supervision supervision;

    @Test
    void aNoticeIssuedOnThePageReachesThePersonConcernedAndNoOtherGrid() throws Exception {
        CurrentUser worker = accounts.loadUserByUsername("worker");
        String grid = worker.scope().roots().iterator().next().value();
        String finding = "页面测试 " + UUID.randomUUID().toString().substring(0, 8);
        String form = body(get("/supervision/new").param("area", grid), "admin");
        assertThat(form).contains(worker.displayName());

        String location = mvc.perform(post("/supervision")
                        .with(as(accounts, "admin"))
                        .with(csrf())
                        .param("office", "GOVERNMENT")
                        .param("area", grid)
                        .param("person", worker.id().toString())
                        .param("finding", finding)
                        .param("requiredFix", "三日内整改")
                        .param("deadline", supervision.today().plusDays(5).toString())
                        .param("points", "2"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/supervision/");

        assertThat(body(get("/my/supervision"), "worker")).contains(finding);
        assertThat(body(get("/supervision"), "leader")).contains(finding);
        assertThat(body(get(location), "worker")).contains(finding).contains("report-form");
        String neighbour = jdbc.sql(
                        "select username from account where role = 'GRID_LEADER' and username like 'leader-%' "
                                + "and not (? = any (scope_codes)) order by username limit 1")
                .param(grid)
                .query(String.class)
                .single();
        assertThat(body(get("/supervision"), neighbour)).doesNotContain(finding);
        mvc.perform(get(location).with(as(accounts, neighbour))).andExpect(status().isForbidden());

        mvc.perform(post(location + "/report")
                        .with(as(accounts, "worker"))
                        .with(csrf())
                        .param("text", "已整改"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(get(location), "admin")).contains("accept-form").doesNotContain("report-form");
    }

    @Test
    void anIncompleteNoticeIsRefusedWithAMessageNotAnError() throws Exception {
        String grid = accounts.loadUserByUsername("worker")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        mvc.perform(post("/supervision")
                        .with(as(accounts, "admin"))
                        .with(csrf())
                        .param("office", "GOVERNMENT")
                        .param("area", grid)
                        .param("finding", "缺时限")
                        .param("requiredFix", "整改")
                        .param("points", "1"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/supervision/new").with(as(accounts, "leader"))).andExpect(status().isForbidden());
    }

    private String body(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
