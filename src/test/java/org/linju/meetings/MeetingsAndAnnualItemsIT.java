package org.linju.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.agenda.AnnualItems;
import org.linju.agenda.AnnualProposals;
import org.linju.agenda.Candidate;
import org.linju.identity.CurrentUser;
import org.linju.shared.DateRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Meetings and the annual ten big things, as the secretary uses them: residents' proposals waiting in the community
 * are on a meeting's agenda (another community's are not), and a decision picked to serve an adopted item shows on the
 * item's page and names the item on the meeting's; a proposal not yet on the list cannot be picked.
 */
class MeetingsAndAnnualItemsIT extends WebIntegrationTest {

    @Autowired
    Meetings meetings;

    @Autowired
    AnnualProposals proposals;

    @Autowired
    AnnualItems items;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void waitingProposalsAreOnTheAgendaAndADecisionServesAnItem() throws Exception {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        String community = secretary.scope().roots().iterator().next().value();
        String other = jdbc.sql("select min(code) from region where level = 'COMMUNITY' and code <> ?")
                .param(community)
                .query(String.class)
                .single();
        UUID proposal = proposals.propose(community, null, "加装路灯" + tag, "夜里太黑", null, "10.17.5.1");
        proposals.propose(other, null, "邻社区提议" + tag, "别处的事", null, "10.17.6.1");
        UUID held = heldMeeting(secretary, community);

        assertThat(page("/meetings/" + held))
                .contains("加装路灯" + tag, "/agenda/items/" + proposal)
                .doesNotContain("邻社区提议" + tag);

        int year = LocalDate.now(DateRange.CHINA).getYear() + 1;
        UUID item = items.addCandidate(secretary, new Candidate(community, null, year, "口袋公园" + tag, ""));
        items.adopt(secretary, item, items.owners(secretary, community).get(0).memberId());
        assertThat(page("/meetings/" + held)).contains("value=\"" + item + "\"");

        String text = "公园选址报街道" + tag;
        mvc.perform(decision(held, text, item)).andExpect(status().is3xxRedirection());
        assertThat(page("/agenda/items/" + item)).contains(text, "/meetings/" + held);
        assertThat(page("/meetings/" + held)).contains(text, "/agenda/items/" + item);

        mvc.perform(decision(held, "不应记录" + tag, proposal)).andExpect(status().isUnprocessableContent());
        assertThat(meetings.meeting(secretary, held).decisions())
                .extracting(Decision::annualItemId)
                .containsExactly(item);
    }

    private MockHttpServletRequestBuilder decision(UUID meeting, String text, UUID item) {
        UUID owner = meetings.meeting(accounts.loadUserByUsername("secretary"), meeting)
                .attendees()
                .get(0)
                .forceMemberId();
        return post("/meetings/" + meeting + "/decisions")
                .param("text", text)
                .param("outcome", "TASK")
                .param("owner", String.valueOf(owner))
                .param("item", item.toString())
                .param("due", LocalDate.now(DateRange.CHINA).plusDays(5).toString())
                .with(as(accounts, "secretary"))
                .with(csrf());
    }

    private UUID heldMeeting(CurrentUser secretary, String community) throws Exception {
        UUID id = meetings.schedule(
                secretary,
                new MeetingDraft(
                        MeetingKind.PARTY_BUILDING,
                        community,
                        "党建联席会" + tag,
                        LocalDateTime.now(DateRange.CHINA).minusDays(1),
                        "社区会议室",
                        meetings.candidates(secretary, MeetingKind.PARTY_BUILDING, community).stream()
                                .filter(c -> c.byDefault())
                                .map(c -> new MeetingDraft.Invitee(c.forceMemberId(), c.role()))
                                .toList()));
        mvc.perform(post("/meetings/" + id + "/hold")
                        .param("minutes", "研究居民提议和年度大事")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
