package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.ServletContext;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.linju.identity.CurrentUser;
import org.linju.identity.ProductionCsrf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The report form and the tracking page are kept for anonymous readers (PublicPageCache): still no session for
 * anyone, still every visitor's own CSRF token and submission key, and still every step of a matter at once.
 */
class PublicMatterPagesIT extends WebIntegrationTest {

    @Autowired
    MatterWork work;

    @Autowired
    Intake intake;

    @Autowired
    GridLocator locator;

    private MatterFixtures fixtures;

    @Autowired
    ServletContext servletContext;

    @BeforeEach
    void setUp() {
        ProductionCsrf.restore(servletContext);
        fixtures = new MatterFixtures(jdbc, locator, accounts, intake);
    }

    @Test
    void everyVisitorOfTheReportFormGetsTheirOwnTokenAndKeyAndNoSession() throws Exception {
        long sessions = sessions();
        MockHttpServletResponse first = mvc.perform(get("/report")).andReturn().getResponse();
        MockHttpServletResponse second = mvc.perform(get("/report")).andReturn().getResponse();
        assertThat(first.getCookie("SESSION")).isNull();
        assertThat(second.getCookie("SESSION")).isNull();
        assertThat(field(first, "_csrf")).isNotEqualTo(field(second, "_csrf"));
        assertThat(field(first, "submission")).isNotEqualTo(field(second, "submission"));
        assertThat(first.getHeader("ETag"))
                .as("a page with a visitor's own token")
                .isNull();

        assertThat(report(first, null).getStatus())
                .as("a report without a token")
                .isEqualTo(403);
        assertThat(report(first, field(second, "_csrf")).getStatus())
                .as("a report with another visitor's token")
                .isEqualTo(403);
        MockHttpServletResponse sent = report(first, field(first, "_csrf"));
        assertThat(sent.getRedirectedUrl()).startsWith("/track/");
        assertThat(sessions())
                .as("session rows after visits to the report form")
                .isEqualTo(sessions);
    }

    @Test
    void theTrackingPageShowsEachStepAtOnceAndStoresNoSession() throws Exception {
        long sessions = sessions();
        Receipt receipt = fixtures.hotlineReport("0101", "小区路灯坏了，晚上看不清路");
        String path = "/track/" + receipt.trackingCode();
        MockHttpServletResponse reported = mvc.perform(get(path)).andReturn().getResponse();
        String etag = reported.getHeader("ETag");
        assertThat(reported.getStatus()).isEqualTo(200);
        assertThat(reported.getCookie("SESSION")).isNull();
        assertThat(mvc.perform(get(path).header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);

        CurrentUser leader = accounts.loadUserByUsername("leader");
        work.takeStep(
                leader,
                UUID.fromString(receipt.id()),
                0,
                new StaffStep.Triage(Urgency.NORMAL, Difficulty.GRID, null, null));
        MockHttpServletResponse triaged =
                mvc.perform(get(path).header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(triaged.getStatus()).as("the page after triage").isEqualTo(200);
        assertThat(stage(triaged)).isNotEqualTo(stage(reported));
        assertThat(sessions())
                .as("session rows after visits to the tracking page")
                .isEqualTo(sessions);
    }

    private MockHttpServletResponse report(MockHttpServletResponse form, @Nullable String token) throws Exception {
        MockHttpServletRequestBuilder post = post("/report")
                .cookie(form.getCookies())
                .param("description", "小区门口的路灯不亮了")
                .param("categoryCode", "D1")
                .param("submission", field(form, "submission"))
                .with(request -> {
                    request.setRemoteAddr("10.78.0.1");
                    return request;
                });
        if (token != null) {
            post.param("_csrf", token);
        }
        return mvc.perform(post).andReturn().getResponse();
    }

    private static String field(MockHttpServletResponse page, String name) throws Exception {
        Matcher field =
                Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page.getContentAsString());
        assertThat(field.find()).as("the form's " + name).isTrue();
        return field.group(1);
    }

    private static String stage(MockHttpServletResponse page) throws Exception {
        Matcher stage = Pattern.compile("<dd id=\"stage\">([^<]*)</dd>").matcher(page.getContentAsString());
        assertThat(stage.find()).isTrue();
        return stage.group(1);
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
