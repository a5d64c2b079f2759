package org.linju.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.linju.shared.Bimonth;

/**
 * The matters' indicators on a hand-checked fixture in the demo leader's grid (four matters of cycle 2025-6, written
 * straight into the table), computed through the admin's page and read back on the leader's own breakdown; who may see
 * what; and the clear refusal of a lock while appeals are still taken.
 */
class EvaluationPagesIT extends WebIntegrationTest {

    static final Bimonth CYCLE = new Bimonth(2025, 6);

    @Test
    void theLeaderSeesTheirOwnBreakdownComputedFromTheirGridsMatters() throws Exception {
        CurrentUser leader = accounts.loadUserByUsername("leader");
        String grid = leader.scope().roots().iterator().next().value();
        // accepted on time, resolved, satisfied | accepted late, still open past both limits | on time, resolved late,
        // unsatisfied | voided (counts nowhere)
        matter(grid, "E251", "STRUCK_OFF", 1, 30, "SATISFIED");
        matter(grid, "E252", "IN_PROGRESS", 5, null, null);
        matter(grid, "E253", "RESOLVED", 1, 9 * 24, "UNSATISFIED");
        matter(grid, "E254", "VOIDED", null, null, null);

        String location = mvc.perform(post("/evaluation/compute")
                        .param("district", "511703")
                        .param("cycle", CYCLE.toString())
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID cycle = UUID.fromString(location.substring("/evaluation/".length()));
        String own = page("/evaluation/" + cycle + "/people/" + leader.id(), "leader", 200);

        // response 2 of 3 on time, resolution 2 of 3 due, satisfaction 1 of 2, overdue: E252 and E253
        assertThat(own).contains("响应率", "66.67", "50.00", "逾期事项数", "2.00");
        assertThat(own).contains("E252", "E253").doesNotContain("E254");
        // no directive reached the grid in the cycle: no records, not a best-possible 0 minutes
        assertThat(own).contains("指令确认用时", "无记录（权重分摊到其他指标）");
        assertThat(own).contains("提出申诉");
        assertThat(page("/evaluation/" + cycle, "street", 200)).contains(leader.displayName());
        assertThat(page("/evaluation/" + cycle, "leader", 200)).contains(leader.displayName());
        page("/evaluation/" + cycle + "/people/" + leader.id(), "worker", 403);
        assertThat(page("/evaluation/weights", "admin", 200)).contains("matters.overdue");
        page("/evaluation/weights", "street", 403);

        String refusal = mvc.perform(post("/evaluation/" + cycle + "/lock")
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refusal).contains("申诉期尚未结束");
    }

    private String page(String path, String username, int status) throws Exception {
        return mvc.perform(get(path).with(as(accounts, username)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A matter reported on 2025-11-10 10:00, with its acceptance and resolution after so many hours (or never). */
    private void matter(
            String grid, String code, String stage, Integer acceptedAfter, Integer resolvedAfter, String rating) {
        jdbc.sql("""
				insert into matter (id, tracking_code, district_code, grid_code, category_code, description, channel,
				                    stage, colour, rating, reported_at, updated_at, accept_due, resolve_due, accepted_at,
				                    resolved_at)
				select gen_random_uuid(), :code, '511703', :grid, c.code, '考评夹具事项 ' || :code, 'API', :stage, 'GREEN',
				       :rating, r.at, r.at, r.at + interval '2 hours', r.at + interval '7 days',
				       r.at + make_interval(hours => :accepted), r.at + make_interval(hours => :resolved)
				from (select cast(:reported as timestamptz) as at) r,
				     (select code from matter_category where parent_code is not null order by code limit 1) c
				""")
                .param("code", code)
                .param("grid", grid)
                .param("stage", stage)
                .param("rating", rating, Types.VARCHAR)
                .param(
                        "reported",
                        LocalDate.of(2025, 11, 10)
                                .atTime(10, 0)
                                .atZone(Cycles.CHINA)
                                .toOffsetDateTime())
                .param("accepted", acceptedAfter, Types.INTEGER)
                .param("resolved", resolvedAfter, Types.INTEGER)
                .update();
    }
}
