package org.linju.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The works pages over the demo district: the project list narrowed by status and theme, a project's page with its
 * length, progress and promise, registering a project drawn on the map, a photo upload served back without its EXIF,
 * who may open what, and the back streets with their roll-up against Beijing's programme target.
 */
class WorksPagesIT extends WebIntegrationTest {

    private static final String ROAD = "翠屏路至金龙大道道路提质改造";
    private static final String HEATING = "城区第二热源厂建设";

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private UUID project(String name) {
        return jdbc.sql("select id from livelihood_project where name = ? and area_code like '511703%'")
                .param(name)
                .query(UUID.class)
                .single();
    }

    @Test
    void theListIsNarrowedByStatusAndTheme() throws Exception {
        String all = page(get("/works/projects").with(as(accounts, "admin")));
        assertThat(all).contains(ROAD, HEATING, "人民广场改造提升", "老旧小区雨污分流改造");

        String underWay = page(get("/works/projects?status=UNDER_CONSTRUCTION").with(as(accounts, "admin")));
        assertThat(underWay).contains(HEATING).doesNotContain(ROAD);
        String water = page(get("/works/projects?theme=WATER").with(as(accounts, "admin")));
        assertThat(water).contains("老旧小区雨污分流改造").doesNotContain(HEATING);
    }

    @Test
    void aProjectsPageShowsLengthProgressAndPromise() throws Exception {
        String road = page(get("/works/projects/" + project(ROAD)).with(as(accounts, "street")));
        assertThat(road).contains("3.47 km", "100%", "政府工作报告", "works-map");
        String heating = page(get("/works/projects/" + project(HEATING)).with(as(accounts, "street")));
        assertThat(heating).contains("30%", "投产运行", "土建工程");
    }

    @Test
    void aProjectsPageListsTheTenBigThingsOfItsThemesWhichTheCommitteeTags() throws Exception {
        UUID item = jdbc.sql("select id from annual_item where community_code like '511703%' and status = 'IN_PROGRESS'"
                        // First in the page's own order, so that the ten shown include it once it is tagged.
                        + " and not ('WATER' = any (themes)) order by year desc, title, id limit 1")
                .query(UUID.class)
                .single();
        mvc.perform(post("/agenda/items/" + item + "/themes")
                        .param("themes", "WATER")
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/agenda/items/" + item).with(as(accounts, "admin"))))
                .contains("item-themes", "水利建设");

        String drainage = page(get("/works/projects/" + project("老旧小区雨污分流改造")).with(as(accounts, "admin")));
        assertThat(drainage).contains("ten-big-things", "/agenda/items/" + item);
    }

    @Test
    void aSecretarySeesHerCommunitysProjectsOnlyAndGridStaffNone() throws Exception {
        assertThat(page(get("/works/projects/" + project("人民广场改造提升")).with(as(accounts, "secretary"))))
                .as("the way into the publish workflow is for those who may draft")
                .doesNotContain("disclosure-start-project");
        assertThat(page(get("/works/projects/" + project("人民广场改造提升")).with(as(accounts, "street"))))
                .contains("disclosure-start-project");
        mvc.perform(get("/works/projects/" + project(HEATING)).with(as(accounts, "secretary")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/works/projects").with(as(accounts, "worker"))).andExpect(status().isForbidden());
        mvc.perform(get("/works/projects/new").with(as(accounts, "secretary"))).andExpect(status().isForbidden());
        mvc.perform(post("/works/projects/" + project("人民广场改造提升") + "/status")
                        .param("status", "SUSPENDED")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aProjectDrawnOnTheMapIsRegisteredInItsAreaAndItsPhotoLosesItsExif() throws Exception {
        String location = registerPocketPark();
        assertThat(location).startsWith("/works/projects/");
        mvc.perform(multipart(location + "/photos")
                        .file(new MockMultipartFile("photos", "site.jpg", "image/jpeg", ExifJpeg.withGps(31, 107)))
                        .with(as(accounts, "street"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID photo = jdbc.sql("select id from livelihood_photo where project_id = ?")
                .param(UUID.fromString(location.substring("/works/projects/".length())))
                .query(UUID.class)
                .single();
        byte[] served = mvc.perform(get(location + "/photos/" + photo).with(as(accounts, "street")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");

        String refused = mvc.perform(post("/works/projects")
                        .param("name", "画错的项目")
                        .param("year", "2026")
                        .param("ownerUnit", "D034")
                        .param("geometry", "{\"type\":\"Point\",\"coordinates\":[500,31]}")
                        .with(as(accounts, "street"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("form-error", "画错的项目");
    }

    @Test
    void aCraftedFundingPostFromALineOfAnotherYearIsRefusedInWords() throws Exception {
        UUID road = project(ROAD);
        int year = jdbc.sql("select year from livelihood_project where id = ?")
                .param(road)
                .query(Integer.class)
                .single();
        String line = activeLine(year + 1);

        String refused = mvc.perform(post("/works/projects/" + road + "/funding")
                        .param("line", line.substring("/funds/".length()))
                        .param("amountYuan", "100")
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("项目只能使用本年度的预算资金");
        assertThat(jdbc.sql("select count(*) from budget_allocation where target_ref = ?")
                        .param(road.toString())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** A district-wide line of that year with a target, activated through the funds pages. */
    private String activeLine(int year) throws Exception {
        String line = mvc.perform(post("/funds")
                        .param("fiscalYear", String.valueOf(year))
                        .param("name", "区级道路养护资金 " + UUID.randomUUID())
                        .param("source", "DISTRICT")
                        .param("classification", "21303")
                        .param("ownerUnit", "区农业农村局")
                        .param("ownerAccount", "admin")
                        .param("areaCode", "511703")
                        .param("amountYuan", "50000")
                        .with(csrf())
                        .with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(line + "/targets")
                        .param("dimension", "QUANTITY")
                        .param("name", "养护里程")
                        .param("unit", "公里")
                        .param("higherIsBetter", "true")
                        .param("target", "10")
                        .with(csrf())
                        .with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(line + "/activate").with(csrf()).with(as(accounts, "admin")))
                .andExpect(status().is3xxRedirection());
        return line;
    }

    private String registerPocketPark() throws Exception {
        return mvc.perform(post("/works/projects")
                        .param("name", "口袋公园建设")
                        .param("year", "2026")
                        .param("status", "PLANNED")
                        .param("ownerUnit", "D034")
                        .param("area", "511703001")
                        .param("themes", "THREE_MICRO")
                        .param("geometry", "{\"type\":\"Point\",\"coordinates\":[107.49,31.20]}")
                        .with(as(accounts, "street"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void backStreetsRollUpAgainstBeijingsProgramme() throws Exception {
        String list = page(get("/works/streets").with(as(accounts, "admin")));
        assertThat(list).contains("back-streets", "巷");
        String rollUp = page(get("/works/streets/rollup?level=STREET").with(as(accounts, "admin")));
        assertThat(rollUp).contains("北京市背街小巷", "/ 5393", "/ 426", "/ 3687", "/ 1280", "street-rollup");
        UUID street = jdbc.sql("select id from back_street where area_code like '511703%' order by name, id limit 1")
                .query(UUID.class)
                .single();
        assertThat(page(get("/works/streets/" + street).with(as(accounts, "admin"))))
                .contains("street-works", "accept-street", "disclosure-start-street");
        mvc.perform(post("/works/streets/" + street + "/grade")
                        .param("achievedGrade", "BOUTIQUE")
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select achieved_grade from back_street where id = ?")
                        .param(street)
                        .query(String.class)
                        .single())
                .isEqualTo("BOUTIQUE");
    }
}
