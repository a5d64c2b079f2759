package org.linju.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each role sees its own part of the district, and nothing of anyone else's. */
class GridScopeIT extends WebIntegrationTest {

    private String ownGrid() {
        return accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    private String gridOfAnotherCommunity() {
        String own = ownGrid();
        return jdbc.sql("select min(code) from grid where community_code <> ?")
                .param(own.substring(0, 12))
                .query(String.class)
                .single();
    }

    private JsonNode geoJsonOf(String username) throws Exception {
        String body = mvc.perform(get("/api/v1/grids.geojson").with(as(accounts, username)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.builder().build().readTree(body);
    }

    private long gridsUnder(String prefix) {
        return jdbc.sql("select count(*) from grid where code like ?")
                .param(prefix + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void eachRoleExportsExactlyTheGridsOfItsArea() throws Exception {
        String grid = ownGrid();
        JsonNode leader = geoJsonOf("leader");
        assertThat(leader.path("features")).hasSize(1);
        assertThat(leader.path("features")
                        .get(0)
                        .path("properties")
                        .path("code")
                        .asString())
                .isEqualTo(grid);
        assertThat(geoJsonOf("worker").path("features")).hasSize(1);
        assertThat(geoJsonOf("secretary").path("features")).hasSize((int) gridsUnder(grid.substring(0, 12)));
        assertThat(geoJsonOf("street").path("features")).hasSize((int) gridsUnder(grid.substring(0, 9)));
        assertThat(geoJsonOf("dept").path("features")).hasSize(3);
        assertThat(geoJsonOf("admin").path("features")).hasSize((int) gridsUnder("511703"));
        assertThat(geoJsonOf("resident").path("features")).isEmpty();
    }

    @Test
    void aGridLeaderOpensTheOwnGridButNotAnotherCommunitys() throws Exception {
        mvc.perform(get("/grids/" + ownGrid()).with(as(accounts, "leader"))).andExpect(status().isOk());
        mvc.perform(get("/grids/" + ownGrid() + "/card").with(as(accounts, "leader")))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/grids/" + gridOfAnotherCommunity()).with(as(accounts, "leader")))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("超出您的角色或管辖范围");
        mvc.perform(get("/grids/" + gridOfAnotherCommunity() + "/card").with(as(accounts, "leader")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/regions/" + gridOfAnotherCommunity().substring(0, 12)).with(as(accounts, "leader")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiAnswersOutOfScopeWithProblemJson() throws Exception {
        mvc.perform(get("/api/v1/grids/" + ownGrid()).with(as(accounts, "worker")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(ownGrid()));
        mvc.perform(get("/api/v1/grids/" + gridOfAnotherCommunity()).with(as(accounts, "worker")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.leaderName").doesNotExist());
        mvc.perform(get("/api/v1/grids/12345").with(as(accounts, "admin"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/grids/51170399999999").with(as(accounts, "admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRegionTreeShowsThePathDownToTheScopeButNotTheSiblings() throws Exception {
        String grid = ownGrid();
        String children = mvc.perform(get("/regions/511703/children").with(as(accounts, "leader")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(children).contains("data-code=\"" + grid.substring(0, 9) + "\"");
        assertThat(children.split("data-code=").length - 1).isEqualTo(1);
        String streetChildren = mvc.perform(get("/regions/511703/children").with(as(accounts, "street")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(streetChildren.split("data-code=").length - 1).isEqualTo(1);
        String adminChildren = mvc.perform(get("/regions/511703/children").with(as(accounts, "admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(adminChildren.split("data-code=").length - 1).isEqualTo(33);
    }

    @Test
    void adminOnlyPagesAndApisRefuseOtherRoles() throws Exception {
        mvc.perform(get("/admin/grids/import").with(as(accounts, "leader"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/grids/import").with(as(accounts, "admin"))).andExpect(status().isOk());
        mvc.perform(
                        MockMvcRequestBuilders.post("/api/v1/admin/grids.geojson")
                                .with(as(accounts, "secretary"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void theHomePageSaysWhoYouAreAndWhatYouCover() throws Exception {
        mvc.perform(get("/").with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("社区书记")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "id=\"count-grids\">" + gridsUnder(ownGrid().substring(0, 12)) + "<")));
        mvc.perform(get("/").with(as(accounts, "resident")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("尚未分配管辖范围")));
    }

    @Test
    void englishIsOneClickAway() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(as(accounts, "leader")))
                .andExpect(content().string(Matchers.containsString("Grid leader")));
    }
}
