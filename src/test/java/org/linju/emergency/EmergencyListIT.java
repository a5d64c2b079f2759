package org.linju.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The emergencies list shows a viewer only emergencies that concern their area, through every filter and page. */
class EmergencyListIT extends WebIntegrationTest {

    @Autowired
    Emergencies emergencies;

    private final String token = "演练" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Emergency> declared = new ArrayList<>();
    private String ownCommunity;
    private String otherCommunity;

    @BeforeEach
    void declareInTwoCommunities() {
        CurrentUser admin = accounts.loadUserByUsername("admin");
        ownCommunity = accounts.loadUserByUsername("worker")
                .scope()
                .roots()
                .iterator()
                .next()
                .value()
                .substring(0, 12);
        otherCommunity = jdbc.sql(
                        "select code from region where level = 'COMMUNITY' and code <> ? order by code limit 1")
                .param(ownCommunity)
                .query(String.class)
                .single();
        Emergency own = emergencies.declare(
                admin, token + " 本社区", EmergencyKind.FIRE, EmergencyLevel.IV, List.of(ownCommunity));
        emergencies.lift(admin, own.id(), "演练结束");
        declared.add(own);
        declared.add(emergencies.declare(
                admin, token + " 邻社区", EmergencyKind.FIRE, EmergencyLevel.IV, List.of(otherCommunity)));
    }

    @AfterEach
    void liftWhatIsActive() {
        CurrentUser admin = accounts.loadUserByUsername("admin");
        declared.stream()
                .filter(emergency -> emergencies.activeIn(emergency.areaCodes()).stream()
                        .anyMatch(active -> active.id().equals(emergency.id())))
                .forEach(emergency -> emergencies.lift(admin, emergency.id(), "演练结束"));
    }

    @Test
    void aGridWorkerSeesOnlyWhatConcernsTheirGridOnEveryPageAndThroughEveryFilter() throws Exception {
        assertThat(titles("worker", get("/emergency").param("size", "200")))
                .contains(token + " 本社区")
                .doesNotContain(token + " 邻社区");
        assertThat(titles("worker", get("/emergency").param("area", otherCommunity)))
                .doesNotContain(token + " 邻社区");
        assertThat(titles("worker", get("/emergency").param("active", "true"))).doesNotContain(token + " 邻社区");
        ListPage<Emergency> all = page("worker", get("/emergency").param("size", "200"));
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < all.total(); page++) {
            ListPage<Emergency> one = page(
                    "worker",
                    get("/emergency")
                            .param("size", "1")
                            .param("page", String.valueOf(page))
                            .param("sort", "title"));
            assertThat(one.total()).isEqualTo(all.total());
            one.rows().forEach(emergency -> paged.add(emergency.title()));
        }
        assertThat(paged)
                .containsExactlyInAnyOrderElementsOf(
                        all.rows().stream().map(Emergency::title).toList());
    }

    @Test
    void theDistrictSeesBothAndFiltersByAreaStateKindAndLevel() throws Exception {
        assertThat(titles(
                        "admin", get("/emergency").param("area", otherCommunity).param("kind", "FIRE")))
                .contains(token + " 邻社区")
                .doesNotContain(token + " 本社区");
        assertThat(titles("admin", get("/emergency").param("active", "false").param("level", "IV")))
                .contains(token + " 本社区")
                .doesNotContain(token + " 邻社区");
        assertThat(titles("admin", get("/emergency").param("kind", "FLOOD"))).doesNotContain(token + " 本社区");
        assertThat(page("admin", get("/emergency").param("sort", "nonsense"))
                        .request()
                        .sort())
                .isEqualTo("declared");
    }

    @Test
    void theExportKeepsToTheScopeAndToCoordinators() throws Exception {
        String csv = mvc.perform(get("/emergency/export.csv").with(as(accounts, "leader")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(token + " 本社区").doesNotContain(token + " 邻社区");
        mvc.perform(get("/emergency/export.csv").with(as(accounts, "worker"))).andExpect(status().isForbidden());
    }

    @SuppressWarnings("unchecked")
    private ListPage<Emergency> page(String username, MockHttpServletRequestBuilder request) throws Exception {
        return (ListPage<Emergency>) mvc.perform(request.with(as(accounts, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("page");
    }

    private List<String> titles(String username, MockHttpServletRequestBuilder request) throws Exception {
        return page(username, request).rows().stream().map(Emergency::title).toList();
    }
}
