package org.linju.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The ten big things through the pages, on the demo district: a resident proposes on the public page, the secretary
 * shortlists and adopts it with the grid worker as its owner, who records a milestone; the community board shows it
 * with its progress; the eleventh item is refused; another
 * community's secretary gets 403; a closed year is archived and linked; the public form is limited per address.
 */
class AnnualItemsIT extends WebIntegrationTest {

    @Autowired
    AnnualItems items;

    @Autowired
    ItemProgress progress;

    private final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    private String home() {
        return accounts.loadUserByUsername("secretary")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    /** A demo community other than the secretary's, by position in code order. */
    private String otherCommunity(int index) {
        return jdbc.sql("select distinct community_code from grid where community_code like '511703%'"
                        + " and community_code <> ? order by community_code desc limit 1 offset ?")
                .params(home(), index)
                .query(String.class)
                .single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aResidentsProposalIsAdoptedAndTheBoardShowsItsProgress() throws Exception {
        String community = home();
        String title = "楼道声控灯" + (System.nanoTime() % 10_000);
        mvc.perform(post("/public/communities/" + community + "/proposals")
                        .param("title", title)
                        .param("reason", "晚上看不见台阶")
                        .with(from("10.17.0.1"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/agenda/proposals").with(as(accounts, "secretary"))))
                .contains(title);
        UUID id = jdbc.sql("select id from annual_item where title = ?")
                .param(title)
                .query(UUID.class)
                .single();
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        UUID owner = items.owners(secretary, community).stream()
                .filter(known -> "worker".equals(known.username()))
                .findFirst()
                .orElseThrow()
                .memberId();

        act("/agenda/items/" + id + "/shortlist", "secretary");
        mvc.perform(post("/agenda/items/" + id + "/adopt")
                        .param("owner", owner.toString())
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/agenda/items/" + id + "/milestones")
                        .param("title", "安装")
                        .param("plannedOn", year + "-03-01")
                        .param("weight", "1")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        progress.addMilestone(secretary, id, "验收", LocalDate.of(year, 12, 31), 1);
        UUID first = progress.milestones(secretary, id).get(0).id();
        assertThat(page(get("/agenda/items/" + id).with(as(accounts, "worker"))))
                .contains("/milestones/" + first + "/done");
        mvc.perform(post("/agenda/items/" + id + "/milestones/" + first + "/done")
                        .param("doneOn", year + "-03-02")
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String board = page(get("/public/communities/" + community));
        assertThat(board).contains(title, "value=\"50\"", "推进中");
        assertThat(page(get("/public/annual/" + id))).contains(title, "50%", "安装");
    }

    @Test
    void theEleventhItemIsRefusedWithAClearMessage() throws Exception {
        String community = otherCommunity(0);
        CurrentUser admin = accounts.loadUserByUsername("admin");
        UUID owner = items.owners(admin, community).get(0).memberId();
        for (int n = countOnList(community); n < AnnualItems.LIST_SIZE; n++) {
            items.adopt(admin, candidate(admin, community, "补足" + n), owner);
        }
        UUID eleventh = candidate(admin, community, "第十一件");

        String refused = mvc.perform(post("/agenda/items/" + eleventh + "/adopt")
                        .param("owner", owner.toString())
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("该清单本年度已有十件大事");
        assertThat(countOnList(community)).isEqualTo(AnnualItems.LIST_SIZE);
    }

    private int countOnList(String community) {
        return jdbc.sql("select count(*) from annual_item where community_code = ? and year = ?"
                        + " and status in ('ADOPTED', 'IN_PROGRESS', 'DONE')")
                .params(community, year)
                .query(Integer.class)
                .single();
    }

    private UUID candidate(CurrentUser by, String community, String title) {
        return items.addCandidate(by, new Candidate(community, null, year, title, ""));
    }

    @Test
    void aSecretaryOfAnotherCommunitySeesNothingOfIt() throws Exception {
        String community = otherCommunity(1);
        CurrentUser admin = accounts.loadUserByUsername("admin");
        UUID item = candidate(admin, community, "别的社区的事");

        mvc.perform(get("/agenda/items/" + item).with(as(accounts, "secretary")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/agenda/items/" + item + "/drop")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(page(get("/agenda?status=SHORTLISTED").with(as(accounts, "secretary"))))
                .doesNotContain("别的社区的事");
        assertThat(page(get("/agenda?status=SHORTLISTED").with(as(accounts, "admin"))))
                .contains("别的社区的事");
    }

    @Test
    void closingAYearArchivesItsListAndTheBoardLinksIt() throws Exception {
        String community = otherCommunity(2);
        CurrentUser admin = accounts.loadUserByUsername("admin");
        int past = year - 1;
        UUID item = items.addCandidate(admin, new Candidate(community, null, past, "去年的口袋公园", ""));
        items.adopt(admin, item, items.owners(admin, community).get(0).memberId());

        mvc.perform(post("/agenda/close")
                        .param("community", community)
                        .param("year", String.valueOf(past))
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get("/public/communities/" + community + "/annual/" + past)))
                .contains("去年的口袋公园", "已结转");
        assertThat(page(get("/public/communities/" + community)))
                .contains("/public/communities/" + community + "/annual/" + past);
        mvc.perform(post("/agenda/items/" + item + "/drop")
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void thePublicFormTakesOnlySoManyProposalsAnHourFromOneAddress() throws Exception {
        String community = otherCommunity(3);
        for (int n = 0; n < 5; n++) {
            propose(community, "建议" + n, "10.17.0.99").andExpect(status().is3xxRedirection());
        }
        String refused = propose(community, "第六条", "10.17.0.99")
                .andExpect(status().isTooManyRequests())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("一小时内来自该网络的建议过多");
        propose(community, "换个地址", "10.17.0.100").andExpect(status().is3xxRedirection());
        propose(community, "x", "10.17.0.101").andExpect(status().isUnprocessableContent());
        mvc.perform(post("/public/communities/" + community + "/proposals")
                        .param("title", "没有令牌")
                        .with(from("10.17.0.102")))
                .andExpect(status().isForbidden());
        assertThat(page(get("/public/communities/" + community + "/proposals"))).contains("proposal-form", "_csrf");
        mvc.perform(get("/public/communities/511703999999/proposals")).andExpect(status().isNotFound());
    }

    private ResultActions propose(String community, String title, String address) throws Exception {
        return mvc.perform(post("/public/communities/" + community + "/proposals")
                .param("title", title)
                .with(from(address))
                .with(csrf()));
    }

    private void act(String path, String username) throws Exception {
        mvc.perform(post(path).with(as(accounts, username)).with(csrf())).andExpect(status().is3xxRedirection());
    }
}
