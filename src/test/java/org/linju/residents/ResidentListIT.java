package org.linju.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.linju.ListHtml;
import org.linju.WebIntegrationTest;

/** The register as a paged list: every page, filter, order and export stays within the viewer's scope. */
class ResidentListIT extends WebIntegrationTest {

    private static final Pattern RESIDENT = Pattern.compile("href=\"/residents/([0-9a-f-]{36})\"");

    private String rootOf(String username) {
        return accounts.loadUserByUsername(username)
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    /** A grid of another community than the worker's. */
    private String otherGrid() {
        return jdbc.sql("select min(code) from grid where code not like ?")
                .param(rootOf("worker").substring(0, 12) + "%")
                .query(String.class)
                .single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private Set<String> gridsOf(List<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct grid_code from resident where id::text = any (?)")
                .param(ids.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /** Every row of every page of {@code path} (ending in a query), twenty at a time. */
    private List<String> everyRow(String username, String path) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            ListHtml list = ListHtml.of(mvc, accounts, username, path + "&size=20&page=" + page);
            ids.addAll(list.all(RESIDENT));
            if (!list.hasNext()) {
                return ids;
            }
        }
    }

    @Test
    void aGridWorkerSeesTheirOwnGridOnEveryPageInEveryOrder() throws Exception {
        String grid = rootOf("worker");
        long own = count("select count(*) from resident where grid_code = ?", grid);
        assertThat(own).isGreaterThan(10);
        for (String sort : List.of("address", "name", "age", "type", "grid_code; drop table resident")) {
            for (String dir : List.of("asc", "desc")) {
                List<String> ids = everyRow("worker", "/residents?sort=" + sort + "&dir=" + dir);
                assertThat(ids)
                        .as("sorted by %s %s", sort, dir)
                        .hasSize((int) own)
                        .doesNotHaveDuplicates();
                assertThat(gridsOf(ids)).containsExactly(grid);
            }
        }
        ListHtml floating = ListHtml.of(mvc, accounts, "worker", "/residents?type=FLOATING");
        assertThat(floating.total())
                .isEqualTo(count(
                        "select count(*) from resident where grid_code = ? and residence_type = 'FLOATING'", grid));
        assertThat(gridsOf(floating.all(RESIDENT))).isSubsetOf(grid);
        ListHtml farPage = ListHtml.of(mvc, accounts, "worker", "/residents?page=5000");
        assertThat(farPage.all(RESIDENT)).isEmpty();
        assertThat(farPage.total()).isEqualTo(own);
    }

    @Test
    void anAreaOutsideTheScopeIsRefusedNeverWidened() throws Exception {
        String community = rootOf("worker").substring(0, 12);
        for (String area : List.of(otherGrid(), otherGrid().substring(0, 12), community, "511703")) {
            mvc.perform(get("/residents").param("area", area).with(as(accounts, "worker")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/residents/export.xlsx").param("area", area).with(as(accounts, "secretary")))
                    .andExpect(area.startsWith(rootOf("secretary")) ? status().isOk() : status().isForbidden());
        }
        mvc.perform(get("/residents").param("area", "not-a-code").with(as(accounts, "worker")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/residents").param("type", "ALIEN").with(as(accounts, "worker")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theDistrictAdminPagesTheWholeDistrictFiftyAtATimeWithTheRightTotal() throws Exception {
        long all = count("select count(*) from resident where grid_code like '511703%'");
        ListHtml first = ListHtml.of(mvc, accounts, "admin", "/residents");
        assertThat(first.all(RESIDENT)).hasSize(50);
        assertThat(first.total()).isEqualTo(all);
        ListHtml second = ListHtml.of(mvc, accounts, "admin", "/residents?page=1");
        assertThat(second.all(RESIDENT)).hasSize(50).doesNotContainAnyElementsOf(first.all(RESIDENT));

        String community = rootOf("secretary");
        ListHtml registered = ListHtml.of(mvc, accounts, "admin", "/residents?area=" + community + "&type=REGISTERED");
        assertThat(registered.total())
                .isEqualTo(count(
                        "select count(*) from resident where grid_code like ? and residence_type = 'REGISTERED'",
                        community + "%"));
        assertThat(gridsOf(registered.all(RESIDENT)))
                .allSatisfy(grid -> assertThat(grid).startsWith(community));
    }

    @Test
    void theExportHoldsTheRowsTheFiltersShow() throws Exception {
        String grid = jdbc.sql("select min(code) from grid where code like ?")
                .param(rootOf("secretary") + "%")
                .query(String.class)
                .single();
        byte[] file = mvc.perform(get("/residents/export.xlsx")
                        .param("area", grid)
                        .param("type", "REGISTERED")
                        .with(as(accounts, "secretary")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Sheet sheet = new XSSFWorkbook(new ByteArrayInputStream(file)).getSheetAt(0);
        long expected =
                count("select count(*) from resident where grid_code = ? and residence_type = 'REGISTERED'", grid);
        assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
        for (int row = 1; row <= sheet.getLastRowNum(); row++) {
            assertThat(sheet.getRow(row).getCell(3).getStringCellValue()).isEqualTo(grid);
            assertThat(sheet.getRow(row).getCell(5).getStringCellValue()).isEqualTo("REGISTERED");
        }
        assertThat(jdbc.sql(
                                "select detail from audit_entry where actor = 'secretary' and action = 'EXPORT_PERSONAL_DATA'"
                                        + " order by seq desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("masked export of " + expected + " residents in " + grid + " of type REGISTERED");
    }
}
