package org.linju.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.ProductionCsrf;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The meeting pages as people use them: the secretary schedules with the ticked defaults, the grid leader signs in
 * on the phone page, the invitation is shared with a QR code, and another community neither sees nor opens it.
 */
class MeetingPagesIT extends WebIntegrationTest {

    @Autowired
    Meetings meetings;

    @Autowired
    ServletContext servletContext;

    private final String title = "页面测试会议 " + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void realCsrf() {
        ProductionCsrf.restore(servletContext);
    }

    @Test
    void theSecretarySchedulesWithTheDefaultsAndTheLeaderSignsInOnThePhone() throws Exception {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        String id = scheduledThroughTheForm(secretary);

        String page = mvc.perform(get("/meetings/" + id).with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(title, "/meetings/" + id + "/qr.png", "/meetings/" + id + "/sign-in", "张伟");
        mvc.perform(get("/meetings/" + id + "/qr.png").with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG));

        mvc.perform(get("/meetings/" + id + "/sign-in").with(as(accounts, "leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sign-in-button")));
        mvc.perform(post("/meetings/" + id + "/sign-in")
                        .with(as(accounts, "leader"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.meeting(secretary, UUID.fromString(id)).attendees())
                .filteredOn(Attendee::present)
                .extracting(Attendee::accountUsername)
                .containsExactly("leader");
        assertThat(meetings.meeting(secretary, UUID.fromString(id)).attendees())
                .filteredOn(a -> a.role() == AttendeeRole.OWNERS_COMMITTEE)
                .hasSize(1);
        mvc.perform(post("/meetings/" + id + "/sign-in")
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theSchedulingFormTicksTheDefaultsOfTheKindPickedFromTheRegister() throws Exception {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        String community = secretary.scope().roots().iterator().next().value();
        String leader = meetings.candidates(secretary, MeetingKind.MONTHLY_JOINT, community).stream()
                .filter(c -> c.name().equals("张伟"))
                .findFirst()
                .orElseThrow()
                .forceMemberId()
                .toString();
        String form = mvc.perform(get("/meetings/new")
                        .param("kind", "MONTHLY_JOINT")
                        .param("area", community)
                        .with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("schedule-form", "value=\"" + leader + ":PARTY_ORGANISATION\" checked");
        mvc.perform(get("/meetings/new").with(as(accounts, "worker"))).andExpect(status().isForbidden());
    }

    @Test
    void anotherCommunityNeitherListsNorOpensAMeetingAndTheFiltersNarrowTheList() throws Exception {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        String community = secretary.scope().roots().iterator().next().value();
        String id = scheduledThroughTheForm(secretary);
        String other = otherCommunitySecretary(community);
        mvc.perform(get("/meetings/" + id).with(as(accounts, other))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings").param("area", community).with(as(accounts, other)))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/meetings").with(as(accounts, other)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(title);
        assertThat(mvc.perform(get("/meetings").with(as(accounts, "secretary")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(title);
        mvc.perform(get("/meetings").with(as(accounts, "resident"))).andExpect(status().isForbidden());
        String thisMonth = YearMonth.now(DateRange.CHINA).toString();
        assertThat(listed("MONTHLY_JOINT", thisMonth, "SCHEDULED")).contains(title);
        assertThat(listed("MONTHLY_JOINT", thisMonth, "HELD")).doesNotContain(title);
        assertThat(listed("CONSULTATION", thisMonth, "SCHEDULED")).doesNotContain(title);
    }

    @Test
    void aDecisionTakenOnTheMeetingPageOpensTheNextMeetingUntilItIsMarkedDone() throws Exception {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        String community = secretary.scope().roots().iterator().next().value();
        UUID held = scheduled(
                secretary, community, LocalDateTime.now(DateRange.CHINA).minusDays(1));
        mvc.perform(post("/meetings/" + held + "/hold")
                        .param("minutes", "研究加装电梯事项")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID owner = meetings.meeting(secretary, held).attendees().get(0).forceMemberId();
        mvc.perform(post("/meetings/" + held + "/decisions")
                        .param("text", title)
                        .param("outcome", "TASK")
                        .param("owner", String.valueOf(owner))
                        .param("due", LocalDate.now(DateRange.CHINA).plusDays(5).toString())
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID decision = meetings.meeting(secretary, held).decisions().get(0).id();
        UUID next = scheduled(
                secretary, community, LocalDateTime.now(DateRange.CHINA).plusDays(2));

        assertThat(page(next)).contains(title, "/meetings/" + next + "/decisions/" + decision + "/done");
        mvc.perform(post("/meetings/" + next + "/decisions/" + decision + "/done")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(next)).doesNotContain(title);
        assertThat(page(held)).contains(title).doesNotContain("/decisions/" + decision + "/done");
        assertThat(meetings.meeting(secretary, held).decisions().get(0).done()).isTrue();
    }

    private UUID scheduled(CurrentUser secretary, String community, LocalDateTime at) {
        return meetings.schedule(
                secretary,
                new MeetingDraft(
                        MeetingKind.PARTY_BUILDING,
                        community,
                        "页面测试党建联席会",
                        at,
                        "社区会议室",
                        meetings.candidates(secretary, MeetingKind.PARTY_BUILDING, community).stream()
                                .filter(Candidate::byDefault)
                                .map(c -> new MeetingDraft.Invitee(c.forceMemberId(), c.role()))
                                .toList()));
    }

    private String page(UUID id) throws Exception {
        return mvc.perform(get("/meetings/" + id).with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A monthly joint meeting of the secretary's community, now, scheduled through the form with the ticked defaults. */
    private String scheduledThroughTheForm(CurrentUser secretary) throws Exception {
        String community = secretary.scope().roots().iterator().next().value();
        MockHttpServletRequestBuilder form = post("/meetings")
                .param("kind", "MONTHLY_JOINT")
                .param("area", community)
                .param("title", title)
                .param(
                        "startsAt",
                        LocalDateTime.now(DateRange.CHINA).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")))
                .param("place", "社区会议室");
        meetings.candidates(secretary, MeetingKind.MONTHLY_JOINT, community).stream()
                .filter(Candidate::byDefault)
                .forEach(c -> form.param("invitee", c.forceMemberId() + ":" + c.role()));
        Candidate owners = meetings.candidates(secretary, MeetingKind.MONTHLY_JOINT, community).stream()
                .filter(c -> !c.byDefault())
                .findFirst()
                .orElseThrow();
        form.param("invitee", "").param("invitee", owners.forceMemberId() + ":OWNERS_COMMITTEE");
        String location = mvc.perform(form.with(as(accounts, "secretary")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String listed(String kind, String month, String state) throws Exception {
        return mvc.perform(get("/meetings")
                        .param("kind", kind)
                        .param("month", month)
                        .param("state", state)
                        .with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String otherCommunitySecretary(String community) {
        String other = jdbc.sql("select min(code) from region where level = 'COMMUNITY' and code <> ?")
                .param(community)
                .query(String.class)
                .single();
        String username = "meetings-other-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.open(NewAccount.scoped(
                username, "邻社区书记", Role.COMMUNITY_SECRETARY, Set.of(RegionCode.of(other)), "Temporary2026", false));
        return username;
    }
}
