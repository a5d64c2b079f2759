package org.linju.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The demo's last cycle on the pages: the worker sees their amount with the rule that produced it, the leader their
 * grid's workers and split, the secretary the waiting warning; a split above the budget is refused with its reason.
 */
class AppraisalPagesIT extends WebIntegrationTest {

    @Autowired
    CycleChoice cycles;

    @Test
    void theWorkerSeesTheirPayAndTheRuleTheLeaderUsed() throws Exception {
        String cycle = cycles.current().previous().toString();
        long fen = jdbc.sql("select s.amount_fen from pay_share s join account a on a.id = s.worker_id "
                        + "where a.username = 'worker' and s.cycle = ?")
                .param(cycle)
                .query(Long.class)
                .single();
        String page = body(get("/my/appraisal").param("cycle", cycle), "worker");
        assertThat(page).contains(Money.yuan(fen)).contains("平均基数加按考核评分").contains("60%");
        assertThat(body(get("/appraisal").param("cycle", cycle), "leader"))
                .contains("pay-shares")
                .contains(Money.yuan(fen));
        assertThat(body(get("/appraisal/proposals"), "secretary")).contains("台账连续滞后");
        assertThat(body(get("/appraisal/budgets").param("cycle", cycle), "street"))
                .contains("budget-form");
    }

    @Test
    void aSplitAboveTheBudgetIsRefusedWithItsReason() throws Exception {
        String cycle = cycles.current().previous().toString();
        String answer = mvc.perform(post("/appraisal/" + cycle + "/pay")
                        .with(as(accounts, "leader"))
                        .with(csrf())
                        .param("rule", "BASE_AND_SCORE")
                        .param("basePercent", "50")
                        .param("total", "99999999"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("合计超过本网格本周期的预算");
        mvc.perform(get("/appraisal").with(as(accounts, "worker"))).andExpect(status().isForbidden());
    }

    private String body(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
