package org.linju.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** Boundary imports are all or nothing, and every refusal names its feature and reason. */
class BoundaryImportIT extends WebIntegrationTest {

    /** Rural communities that have no grid yet, so each test can draw on empty ground. */
    private List<String> emptyCommunities() {
        return jdbc.sql("""
				select code from region where level = 'COMMUNITY' and code like '511703%'
				and code not in (select community_code from grid) order by code
				""").query(String.class).list();
    }

    private static String square(String code, String community, double lng, double lat, double size) {
        return """
				{"type":"Feature","properties":{"code":"%s","name":"测试网格","communityCode":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}
				""".formatted(
                        code, community, lng, lat, lng + size, lat, lng + size, lat + size, lng, lat + size, lng, lat);
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private void assertNoGridAt(double lat, double lng) throws Exception {
        mvc.perform(get("/api/v1/grids/locate").param("lat", "" + lat).param("lng", "" + lng))
                .andExpect(status().isNotFound());
    }

    @Test
    void aGoodImportIsStoredAndLocatableAtOnce() throws Exception {
        String community = emptyCommunities().get(0);
        mvc.perform(post("/api/v1/admin/grids.geojson")
                        .with(as(accounts, "admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(collection(
                                square(community + "01", community, 107.70, 31.40, 0.01),
                                square(community + "02", community, 107.71, 31.40, 0.01))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(2));

        mvc.perform(get("/api/v1/grids/locate").param("lat", "31.405").param("lng", "107.715"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(community + "02"))
                .andExpect(jsonPath("$.communityCode").value(community))
                .andExpect(jsonPath("$.name").value("测试网格"));
        assertThat(jdbc.sql("select synthetic from grid where code = ?")
                        .param(community + "01")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void oneBadFeatureStopsTheWholeImportAndEveryProblemIsListed() throws Exception {
        List<String> empty = emptyCommunities();
        String community = empty.get(empty.size() - 1);
        String bowtie = """
				{"type":"Feature","properties":{"code":"%s03","name":"坏网格","communityCode":"%s"},
				 "geometry":{"type":"Polygon","coordinates":[[[107.9,31.5],[107.91,31.51],[107.91,31.5],[107.9,31.51],[107.9,31.5]]]}}
				""".formatted(community, community);
        String existingGrid = jdbc.sql("select min(code) from grid where synthetic")
                .query(String.class)
                .single();
        String centre = jdbc.sql(
                        "select (min_lng + max_lng) / 2 || ',' || (min_lat + max_lat) / 2 from grid where code = ?")
                .param(existingGrid)
                .query(String.class)
                .single();
        double lng = Double.parseDouble(centre.split(",")[0]);
        double lat = Double.parseDouble(centre.split(",")[1]);
        String body = collection(
                square(community + "01", community, 107.80, 31.50, 0.01),
                square("51170399999901", "511703999999", 107.82, 31.50, 0.01),
                bowtie,
                square(community + "01", community, 107.84, 31.50, 0.01),
                square(community + "04", community, lng - 0.001, lat - 0.001, 0.002),
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"12\",\"communityCode\":\"x\"},\"geometry\":null}");

        mvc.perform(post("/api/v1/admin/grids.geojson")
                        .with(as(accounts, "admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.applied").value(0))
                .andExpect(jsonPath("$.problems[?(@.index == 1)].reason").value("boundary.unknownCommunity"))
                .andExpect(jsonPath("$.problems[?(@.index == 2)].reason").value("boundary.invalidGeometry"))
                .andExpect(jsonPath("$.problems[?(@.index == 3)].reason").value("boundary.duplicateCode"))
                .andExpect(jsonPath("$.problems[?(@.index == 4)].reason").value(Matchers.hasItem("boundary.overlap")))
                .andExpect(jsonPath("$.problems[?(@.index == 4)].message")
                        .value(Matchers.hasItem(Matchers.containsString("与网格 511703"))))
                .andExpect(jsonPath("$.problems[?(@.index == 5)].reason")
                        .value(Matchers.hasItems(
                                "boundary.badCode",
                                "boundary.badCommunityCode",
                                "boundary.missingName",
                                "boundary.missingGeometry")))
                .andExpect(jsonPath("$.problems[?(@.index == 0)]").isEmpty());

        assertNoGridAt(31.505, 107.805);
        assertThat(jdbc.sql("select count(*) from grid where community_code = ?")
                        .param(community)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theAdminPageReportsProblemsInChinese() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "grids.geojson",
                "application/geo+json",
                "{\"type\":\"Point\",\"coordinates\":[1,2]}".getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(multipart("/admin/grids/import")
                        .file(file)
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("未导入任何网格").contains("文件不是 GeoJSON FeatureCollection");
    }

    @Test
    void aGridNameWithMarkupFromAVendorsFileIsRefusedWithItsFeatureAndNothingIsStored() throws Exception {
        String community = emptyCommunities().get(1);
        String named = square(community + "02", community, 107.60, 31.30, 0.01)
                .replace("测试网格", "第二网格<img src=x onerror=alert(document.cookie)>");
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "grids.geojson",
                "application/geo+json",
                collection(square(community + "01", community, 107.59, 31.30, 0.01), named)
                        .getBytes(StandardCharsets.UTF_8));

        String page = mvc.perform(multipart("/admin/grids/import")
                        .file(file)
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("未导入任何网格").contains(community + "02").contains("网格名称含有 &lt;、&gt; 或控制字符");
        assertThat(jdbc.sql("select count(*) from grid where community_code = ?")
                        .param(community)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void notJsonAtAllIsAClearRefusal() throws Exception {
        mvc.perform(post("/api/v1/admin/grids.geojson")
                        .with(as(accounts, "admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("this is not json"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].reason").value("boundary.notJson"))
                .andExpect(jsonPath("$.problems[0].index").value(-1));
    }

    @Test
    void theRegionListImportIsRepeatableWithoutDuplicates() throws Exception {
        String streets =
                "code,name,areaCode,provinceCode,cityCode\n110101001,\"东华门街道\",110101,11,1101\n110101002,\"景山街道\",110101,11,1101\n120101001,\"劝业场街道\",120101,12,1201\n";
        String villages =
                "code,name,streetCode,provinceCode,cityCode,areaCode\n110101001001,\"多福巷社区居委会\",110101001,11,1101,110101\n110101002001,\"景山东街社区居委会\",110101002,11,1101,110101\n";
        for (int run = 0; run < 2; run++) {
            String page = mvc.perform(multipart("/admin/regions/import")
                            .file(new MockMultipartFile(
                                    "streets", "streets.csv", "text/csv", streets.getBytes(StandardCharsets.UTF_8)))
                            .file(new MockMultipartFile(
                                    "villages", "villages.csv", "text/csv", villages.getBytes(StandardCharsets.UTF_8)))
                            .param("countyCode", "110101")
                            .param("countyName", "东城区")
                            .with(as(accounts, "admin"))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("已导入区县 110101：2 个街道（镇），2 个社区（村）");
        }
        assertThat(jdbc.sql("select count(*) from region where code like '110101%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select name from region where code = '110101001001'")
                        .query(String.class)
                        .single())
                .isEqualTo("多福巷社区");
    }

    @Test
    void aRegionListWithoutTheCountyIsRefused() throws Exception {
        mvc.perform(multipart("/admin/regions/import")
                        .file(new MockMultipartFile(
                                "streets",
                                "streets.csv",
                                "text/csv",
                                "code,name,areaCode\n".getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile(
                                "villages",
                                "villages.csv",
                                "text/csv",
                                "code,name,areaCode\n".getBytes(StandardCharsets.UTF_8)))
                        .param("countyCode", "130102")
                        .param("countyName", "长安区")
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(MockMvcResultMatchers.content()
                        .string(Matchers.containsString("streets.csv 中没有区县 130102 的街道")));
    }
}
