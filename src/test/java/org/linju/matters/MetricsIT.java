package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three rates count what their definitions say, the same in JSON and CSV. */
class MetricsIT extends WebIntegrationTest {

    @Autowired
    Intake intake;

    @Autowired
    MatterWork work;

    @Autowired
    ResidentRatings ratings;

    @Test
    void ratesFollowTheirDefinitions() throws Exception {
        String grid = jdbc.sql("select max(code) from grid where synthetic")
                .query(String.class)
                .single();
        String username = "metrics-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.open(NewAccount.scoped(
                username, "测试网格员", Role.GRID_WORKER, Set.of(RegionCode.of(grid)), "Worker2026x", false));
        CurrentUser worker = accounts.loadUserByUsername(username);
        CurrentUser admin = accounts.loadUserByUsername("admin");
        var centre = jdbc.sql(
                        "select (min_lat + max_lat) / 2 as lat, (min_lng + max_lng) / 2 as lng from grid where code = ?")
                .param(grid)
                .query()
                .singleRow();

        UUID done = report(grid, centre);
        MatterView view =
                work.takeStep(admin, done, 0, new StaffStep.Triage(Urgency.NORMAL, Difficulty.GRID, null, null));
        view = work.takeStep(admin, done, view.version(), new StaffStep.Dispatch(null, null));
        view = work.takeStep(worker, done, view.version(), new StaffStep.Accept());
        view = work.takeStep(worker, done, view.version(), new StaffStep.Start(List.of()));
        view = work.takeStep(worker, done, view.version(), new StaffStep.Resolve("已清理", List.of()));
        view = work.takeStep(admin, done, view.version(), new StaffStep.Verify(null, List.of()));
        work.takeStep(worker, done, view.version(), new StaffStep.StrikeOff(null));
        ratings.rate(view.trackingCode(), Rating.SATISFIED, null);

        UUID late = report(grid, centre);
        view = work.takeStep(admin, late, 0, new StaffStep.Triage(Urgency.NORMAL, Difficulty.GRID, null, null));
        work.takeStep(admin, late, view.version(), new StaffStep.Dispatch(null, null));
        jdbc.sql(
                        "update matter set accept_due = now() - interval '1 hour', resolve_due = now() - interval '1 hour' where id = ?")
                .param(late)
                .update();

        report(grid, centre);

        String json = mvc.perform(
                        get("/api/v1/metrics/matters").param("level", "GRID").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode line = null;
        for (JsonNode candidate : JsonMapper.builder().build().readTree(json)) {
            if (candidate.path("code").asString().equals(grid)) {
                line = candidate;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.path("name").asString())
                .as("a line is named after its grid")
                .isEqualTo(jdbc.sql("select name from grid where code = ?")
                        .param(grid)
                        .query(String.class)
                        .single());
        String street = grid.substring(0, 9);
        String streets = mvc.perform(
                        get("/api/v1/metrics/matters").param("level", "STREET").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(streets)
                        .valueStream()
                        .filter(candidate -> candidate.path("code").asString().equals(street))
                        .map(candidate -> candidate.path("name").asString()))
                .as("a street's line is named after the street")
                .containsExactly(jdbc.sql("select name from region where code = ?")
                        .param(street)
                        .query(String.class)
                        .single());
        assertThat(line.path("reported").asLong()).isEqualTo(3);
        assertThat(line.path("acceptDue").asLong()).isEqualTo(2);
        assertThat(line.path("responseRate").asDouble()).isEqualTo(0.5);
        assertThat(line.path("resolutionRate").asDouble()).isEqualTo(0.5);
        assertThat(line.path("satisfactionRate").asDouble()).isEqualTo(1.0);
        assertThat(line.path("overdue").asLong()).isEqualTo(1);

        String csv = mvc.perform(
                        get("/matters/metrics.csv").param("level", "GRID").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(grid + ",").contains(",3,50.0%,50.0%,100.0%,1,");
        byte[] xlsx = mvc.perform(
                        get("/matters/metrics.xlsx").param("level", "GRID").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = StreamSupport.stream(sheet.spliterator(), false)
                    .filter(candidate ->
                            candidate.getCell(0).getStringCellValue().equals(grid))
                    .findFirst()
                    .orElseThrow();
            assertThat(sheet.getPhysicalNumberOfRows())
                    .as("a header and the same lines as the API")
                    .isEqualTo(JsonMapper.builder().build().readTree(json).size() + 1);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.5);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.5);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(1);
        }
        mvc.perform(get("/matters/metrics").with(as(accounts, "secretary"))).andExpect(status().isOk());

        String lateCode = jdbc.sql("select tracking_code from matter where id = ?")
                .param(late)
                .query(String.class)
                .single();
        mvc.perform(get("/api/v1/matters/dashboard").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.jsonPath("$.overdue[?(@.trackingCode == '" + lateCode + "')]")
                        .isNotEmpty())
                .andExpect(MockMvcResultMatchers.jsonPath("$.heat[0].count").exists());
        mvc.perform(get("/api/v1/matters/dashboard").with(as(accounts, "leader")))
                .andExpect(MockMvcResultMatchers.jsonPath("$.overdue[?(@.trackingCode == '" + lateCode + "')]")
                        .isEmpty());
        mvc.perform(get("/matters/dashboard").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString(lateCode)));
    }

    private UUID report(String grid, Map<String, Object> centre) {
        Receipt receipt = intake.report(
                new NewReport(
                        "楼下暴露垃圾无人清理",
                        "1001",
                        (Double) centre.get("lat"),
                        (Double) centre.get("lng"),
                        null,
                        Channel.HOTLINE),
                null,
                "admin");
        assertThat(receipt.gridCode()).isEqualTo(grid);
        return UUID.fromString(receipt.id());
    }
}
