package org.linju.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.shared.DateRange;

/**
 * The registry's pages on the demo district: the list with its banned and retired items and their filings, the
 * assignment form that refuses a banned item with its reason, filings refused without what they need, the burden
 * report and its CSV, each only for the roles that may use it.
 */
class RegistryPagesIT extends WebIntegrationTest {

    private static final String TITLE = "页面测试：创建迎检材料";

    @AfterEach
    void removeTheTask() {
        jdbc.sql("delete from grid_task where title = ?").param(TITLE).update();
    }

    @Test
    void theListShowsEachItemsStateAndItsFilings() throws Exception {
        String list = page("/registry/items", "worker");
        assertThat(list).contains("data-item=\"D04\" data-state=\"BANNED\"", "data-item=\"B04\" data-state=\"EXITED\"");
        assertThat(list).contains("形式主义台账，不得向网格摊派");
        assertThat(countOf(list, "data-state=\"ADMITTED\"")).isEqualTo(24);
        String retired = page("/registry/items/B04", "worker");
        assertThat(retired).contains("data-kind=\"ADMIT\"", "data-kind=\"EXIT\"", "改由城市管理执法队伍承担");
        assertThat(retired).doesNotContain("filing-form");
        assertThat(page("/registry/items/B04", "street")).doesNotContain("filing-form");
        assertThat(page("/registry/items/B04", "admin")).contains("filing-form");
    }

    @Test
    void aBannedItemIsRefusedWithItsReasonAndNeverReachesTheGrid() throws Exception {
        String grid = jdbc.sql("select scope_codes[1] from account where username = 'dept'")
                .query(String.class)
                .single();
        String answer = mvc.perform(post("/registry/assign")
                        .with(as(accounts, "dept"))
                        .with(csrf())
                        .param("grids", grid)
                        .param("item", "D04")
                        .param("title", TITLE)
                        .param(
                                "deadline",
                                LocalDate.now(DateRange.CHINA).plusDays(5).toString()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(answer).contains("id=\"refusal\"", "形式主义台账，不得向网格摊派");
        assertThat(jdbc.sql("select outcome from grid_task where title = ?")
                        .param(TITLE)
                        .query(String.class)
                        .list())
                .containsExactly("REFUSED");
        assertThat(page("/registry/tasks", "admin")).doesNotContain(TITLE);
    }

    @Test
    void aBanWithoutItsReasonIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/registry/items/A01/filings")
                        .with(as(accounts, "admin"))
                        .with(csrf())
                        .param("kind", "BAN")
                        .param("department", "D001")
                        .param("basis", "页面测试")
                        .param("filedOn", "2026-01-05")
                        .param("approver", "页面测试"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/registry/items/A01/filings")
                        .with(as(accounts, "dept"))
                        .with(csrf())
                        .param("kind", "BAN")
                        .param("department", "D001")
                        .param("basis", "页面测试")
                        .param("filedOn", "2026-01-05")
                        .param("approver", "页面测试")
                        .param("reason", "部门不能自己备案"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select state from work_item where code = 'A01'")
                        .query(String.class)
                        .single())
                .isEqualTo("ADMITTED");
    }

    @Test
    void eachPageOnlyForTheRolesThatMayUseIt() throws Exception {
        mvc.perform(get("/registry/assign").with(as(accounts, "worker"))).andExpect(status().isForbidden());
        mvc.perform(get("/registry/burden").with(as(accounts, "worker"))).andExpect(status().isForbidden());
        assertThat(page("/registry/assign", "dept")).contains("task-form").doesNotContain("name=\"department\"");
        assertThat(page("/registry/assign", "street")).contains("name=\"department\"");
        assertThat(page("/registry/burden", "secretary")).contains("id=\"burden\"");
        String csv = mvc.perform(get("/registry/burden/export.csv").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("准入", "购买");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static int countOf(String text, String part) {
        return text.split(part, -1).length - 1;
    }
}
