package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.linju.shared.ListPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The matters list pages, filters, sorts and exports within the caller's scope, whatever the URL asks for. */
class MatterListIT extends WebIntegrationTest {

    @Autowired
    GridLocator locator;

    @Autowired
    Intake intake;

    private final String token = "列表" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> own = new ArrayList<>();
    private final List<String> other = new ArrayList<>();
    private String ownGrid;
    private String otherGrid;

    @BeforeEach
    void reportInTwoGrids() {
        MatterFixtures fixtures = new MatterFixtures(jdbc, locator, accounts, intake);
        ownGrid = fixtures.gridOf("worker");
        otherGrid = jdbc.sql("select code from grid where community_code <> ? order by code limit 1")
                .param(ownGrid.substring(0, 12))
                .query(String.class)
                .single();
        for (int i = 0; i < 3; i++) {
            own.add(report(fixtures, ownGrid, "1001"));
        }
        for (int i = 0; i < 4; i++) {
            other.add(report(fixtures, otherGrid, "0101"));
        }
    }

    private String report(MatterFixtures fixtures, String grid, String category) {
        double[] point = fixtures.pointIn(grid);
        return intake.report(
                        new NewReport(token + " 楼道堆物", category, point[0], point[1], null, Channel.HOTLINE),
                        null,
                        "admin")
                .trackingCode();
    }

    @Test
    void aGridWorkerSeesOnlyTheirGridOnEveryPageThroughEveryFilter() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ListPage<MatterList.Row> found = list(
                    "worker",
                    get("/matters")
                            .param("q", token)
                            .param("size", "2")
                            .param("page", String.valueOf(page))
                            .param("sort", "code"));
            assertThat(found.total()).isEqualTo(3);
            assertThat(found.pages()).isEqualTo(2);
            found.rows().forEach(row -> seen.add(row.trackingCode()));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(own);

        assertThat(codes("worker", get("/matters").param("q", token).param("area", otherGrid)))
                .isEmpty();
        assertThat(codes("worker", get("/matters").param("q", token).param("area", ownGrid.substring(0, 6))))
                .containsExactlyInAnyOrderElementsOf(own);
        assertThat(codes("worker", get("/matters").param("q", other.get(0)))).isEmpty();
        assertThat(codes("worker", get("/matters").param("q", token).param("category", "01")))
                .isEmpty();
        assertThat(codes("admin", get("/matters").param("q", token).param("area", otherGrid)))
                .containsExactlyInAnyOrderElementsOf(other);
        assertThat(codes("admin", get("/matters").param("q", token).param("category", "01")))
                .containsExactlyInAnyOrderElementsOf(other);
    }

    @Test
    void anUnknownSortFallsBackToNewestFirstAndSortsTheOtherWayWhenAsked() throws Exception {
        ListPage<MatterList.Row> fallback =
                list("admin", get("/matters").param("q", token).param("sort", "description; drop table matter"));
        assertThat(fallback.request().sort()).isEqualTo("reported");
        assertThat(fallback.rows()).isSortedAccordingTo((a, b) -> b.reportedAt().compareTo(a.reportedAt()));
        ListPage<MatterList.Row> byCode = list(
                "admin", get("/matters").param("q", token).param("sort", "code").param("dir", "desc"));
        assertThat(byCode.rows())
                .extracting(MatterList.Row::trackingCode)
                .isSortedAccordingTo((a, b) -> b.compareTo(a))
                .hasSize(7);
    }

    @Test
    void theNextStepDecidesWhatIsMine() throws Exception {
        // New reports wait for triage: the grid leader's step, not the grid worker's.
        assertThat(codes("leader", get("/matters").param("q", token).param("mine", "true")))
                .containsExactlyInAnyOrderElementsOf(own);
        assertThat(codes("worker", get("/matters").param("q", token).param("mine", "true")))
                .isEmpty();
        assertThat(codes("worker", get("/matters").param("q", token).param("stage", "REPORTED")))
                .containsExactlyInAnyOrderElementsOf(own);
    }

    @Test
    void htmxGetsTheListAndAMalformedAreaIsRefused() throws Exception {
        String html = mvc.perform(get("/matters")
                        .param("q", token)
                        .header("HX-Request", "true")
                        .with(as(accounts, "worker")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"list\"").contains(own.get(0)).doesNotContain(other.get(0));
        mvc.perform(get("/matters").param("area", "51%").with(as(accounts, "worker")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theExportFollowsTheFiltersAndTheScopeAndOnlyForRolesThatMayExport() throws Exception {
        String csv = mvc.perform(get("/matters/export.csv")
                        .param("q", token)
                        .param("area", otherGrid)
                        .with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(1);
        String all = mvc.perform(get("/matters/export.csv").param("q", token).with(as(accounts, "secretary")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(all.lines()).hasSize(1 + own.size());
        own.forEach(code -> assertThat(all).contains(code));
        other.forEach(code -> assertThat(all).doesNotContain(code));
        mvc.perform(get("/matters/export.csv").with(as(accounts, "worker"))).andExpect(status().isForbidden());
    }

    @SuppressWarnings("unchecked")
    private ListPage<MatterList.Row> list(String username, MockHttpServletRequestBuilder request) throws Exception {
        return (ListPage<MatterList.Row>) mvc.perform(request.with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("page");
    }

    private List<String> codes(String username, MockHttpServletRequestBuilder request) throws Exception {
        return list(username, request).rows().stream()
                .map(MatterList.Row::trackingCode)
                .toList();
    }
}
