package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** District admins edit the triage table, the time limits and the catalogue; matters follow the new settings. */
class MatterSettingsIT extends WebIntegrationTest {

    @Autowired
    MatterWork work;

    @Autowired
    MatterPages pages;

    @Autowired
    Intake intake;

    @Autowired
    GridLocator locator;

    @Autowired
    MatterCatalogue catalogue;

    @Autowired
    TimeLimits limits;

    private MatterFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new MatterFixtures(jdbc, locator, accounts, intake);
    }

    /** The tests share one database: put the defaults back. */
    @AfterEach
    void restoreDefaults() {
        jdbc.sql("update matter_triage set colour = 'GREEN' where urgency = 'NORMAL' and difficulty = 'GRID'")
                .update();
        jdbc.sql("delete from matter_time_limit where category_code <> '*'").update();
        jdbc.sql("update matter_urgency_limit set resolve_hours = 24 where urgency = 'URGENT'")
                .update();
        jdbc.sql("update matter_category set active = true").update();
        jdbc.sql("delete from matter_category where code = 'D6'").update();
    }

    @Test
    void anEditedTriageCellColoursTheNextMatter() throws Exception {
        var form = post("/admin/matters/settings/triage")
                .with(as(accounts, "admin"))
                .with(csrf());
        for (Urgency urgency : Urgency.values()) {
            for (Difficulty difficulty : Difficulty.values()) {
                boolean edited = urgency == Urgency.NORMAL && difficulty == Difficulty.GRID;
                form.param(
                        urgency + "." + difficulty,
                        edited
                                ? "YELLOW"
                                : TriagePolicy.defaults()
                                        .colourOf(urgency, difficulty)
                                        .name());
            }
        }
        mvc.perform(form).andExpect(status().is3xxRedirection());
        assertThat(fixtures.triaged(work, Urgency.NORMAL, Difficulty.GRID).colour())
                .isEqualTo(Colour.YELLOW);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'SETTINGS_CHANGE' and subject_type = 'matter.triage'")
                        .query(Long.class)
                        .single())
                .isPositive();
        postAsAdmin("/admin/matters/settings/triage", "NORMAL.GRID", "GREEN")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("每一格")));
        mvc.perform(post("/admin/matters/settings/triage")
                        .param("NORMAL.GRID", "GREEN")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theMostSpecificTimeLimitWinsAndUrgencyCapsIt() throws Exception {
        postAsAdmin(
                        "/admin/matters/settings/limits",
                        "colour",
                        "YELLOW",
                        "categoryCode",
                        "01",
                        "acceptHours",
                        "1",
                        "resolveHours",
                        "72")
                .andExpect(status().is3xxRedirection());
        assertThat(limits.of(Colour.YELLOW, Urgency.NORMAL, "0101").resolve())
                .as("the parent's row")
                .isEqualTo(Duration.ofHours(72));
        limits.save(new TimeLimits.Row(Colour.YELLOW, "0101", 1, 96));
        assertThat(limits.of(Colour.YELLOW, Urgency.NORMAL, "0101").resolve())
                .as("its own row")
                .isEqualTo(Duration.ofHours(96));
        assertThat(limits.of(Colour.YELLOW, Urgency.NORMAL, "1001").resolve())
                .as("the colour's default")
                .isEqualTo(Duration.ofDays(7));
        assertThat(limits.of(Colour.YELLOW, Urgency.URGENT, "0101").resolve())
                .as("urgent caps at 24 h")
                .isEqualTo(Duration.ofHours(24));

        Instant before = Instant.now();
        MatterView view = fixtures.triaged(work, Urgency.NORMAL, Difficulty.COMMUNITY);
        assertThat(Duration.between(before, view.resolveDue()).toHours()).isBetween(95L, 96L);
        CurrentUser leader = accounts.loadUserByUsername("leader");
        view = work.takeStep(leader, view.id(), view.version(), new StaffStep.Dispatch(null, null));
        assertThat(Duration.between(before, view.acceptDue()).toMinutes()).isBetween(59L, 60L);

        postAsAdmin("/admin/matters/settings/limits", "colour", "RED", "acceptHours", "0", "resolveHours", "10")
                .andExpect(status().isUnprocessableContent());
        postAsAdmin("/admin/matters/settings/limits/remove", "colour", "RED", "categoryCode", "*")
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/admin/matters/settings").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"time-limits\"")));
    }

    @Test
    void aRetiredCategoryIsNoLongerOfferedOrAcceptedButOldMattersKeepIt() throws Exception {
        UUID old = UUID.fromString(fixtures.hotlineReport("1002", "电线杆上贴满小广告").id());
        postAsAdmin(
                        "/admin/matters/settings/categories",
                        "code",
                        "1002",
                        "name",
                        "违规张贴",
                        "nameEn",
                        "Illegal posting",
                        "sortOrder",
                        "2")
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.categories()).extracting(Category::code).doesNotContain("1002");
        mvc.perform(get("/api/v1/categories"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("\"1002\""))));
        Assertions.assertThatThrownBy(() -> fixtures.hotlineReport("1002", "又有人贴小广告了"))
                .isInstanceOf(UnacceptableReport.class);
        assertThat(pages.matter(accounts.loadUserByUsername("leader"), old).categoryName())
                .isEqualTo("违规张贴");

        postAsAdmin(
                        "/admin/matters/settings/categories",
                        "code",
                        "d6",
                        "parent",
                        "D",
                        "name",
                        "表扬",
                        "nameEn",
                        "Praise",
                        "active",
                        "true")
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.categories()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("D6");
            assertThat(c.kind()).isEqualTo("DEMAND");
            assertThat(c.parent()).isEqualTo("D");
        });
        postAsAdmin("/admin/matters/settings/categories", "code", "X-1", "name", "坏", "nameEn", "Bad")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aMissingOrUnreadableFieldIsABadRequestAndHoursOutOfRangeAreAnsweredOnThePage() throws Exception {
        postAsAdmin("/admin/matters/settings/limits", "colour", "RED", "acceptHours", "2")
                .andExpect(status().isBadRequest());
        postAsAdmin("/admin/matters/settings/limits", "colour", "PURPLE", "acceptHours", "2", "resolveHours", "10")
                .andExpect(status().isBadRequest());
        postAsAdmin("/admin/matters/settings/limits", "colour", "RED", "acceptHours", "2", "resolveHours", "8761")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("小时数超出范围")));
        postAsAdmin("/admin/matters/settings/caps", "urgency", "URGENT", "hours", "0")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("小时数超出范围")));
        postAsAdmin("/admin/matters/settings/caps", "urgency", "URGENT", "hours", "soon")
                .andExpect(status().isBadRequest());
        postAsAdmin("/admin/matters/settings/categories", "code", "X-1", "name", " ", "nameEn", "Bad")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("编码只能由")));
        postAsAdmin("/admin/matters/settings/categories", "code", "D7", "nameEn", "Thanks")
                .andExpect(status().isBadRequest());
        assertThat(limits.urgencyCaps()).containsEntry(Urgency.URGENT, 24);
    }

    /** A form posted by the district admin: the path, then names and values in turn. */
    private ResultActions postAsAdmin(String path, String... namesAndValues) throws Exception {
        MockHttpServletRequestBuilder request =
                post(path).with(as(accounts, "admin")).with(csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return mvc.perform(request);
    }
}
