package org.linju.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.linju.ListHtml;
import org.linju.WebIntegrationTest;

/** The forces roster as a paged list: fifty rows and a pager, and nothing outside the viewer's scope. */
class RosterListIT extends WebIntegrationTest {

    /** The area cell of a row: a grid link, or a community code for people linked to a community alone. */
    private static final Pattern AREA = Pattern.compile(
            "data-label=\"区域\"><(?:a class=\"mono\" href=\"/forces/grids/|span class=\"mono\">)(\\d{12,14})");

    private static final String ROW = "data-label=\"姓名\"";

    private String rootOf(String username) {
        return accounts.loadUserByUsername(username)
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void theDistrictAdminSeesFiftyRowsAndAPagerInsteadOfEveryone() throws Exception {
        long everyone =
                count("select count(*) from force_member where coalesce(grid_code, community_code) like '511703%'");
        assertThat(everyone).isGreaterThan(1_000);
        ListHtml first = ListHtml.of(mvc, accounts, "admin", "/forces");
        assertThat(first.count(ROW)).isEqualTo(50);
        assertThat(first.total()).isEqualTo(everyone);
        assertThat(first.hasNext()).isTrue();
        ListHtml last = ListHtml.of(mvc, accounts, "admin", "/forces?page=" + (everyone - 1) / 50);
        assertThat(last.count(ROW)).isEqualTo((int) ((everyone - 1) % 50 + 1));
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aGridWorkerSeesOnlyTheirGridThroughEveryFilterOrderAndPage() throws Exception {
        String grid = rootOf("worker");
        long own = count("select count(*) from force_member where grid_code = ?", grid);
        for (String query : List.of(
                "",
                "sort=name&dir=desc",
                "sort=kind&dir=asc&size=5&page=1",
                "sort=available&dir=desc",
                "kind=VOLUNTEER",
                "role=GRID_LEADER",
                "duty=B",
                "q=张",
                "page=3")) {
            ListHtml list = ListHtml.of(mvc, accounts, "worker", "/forces?" + query);
            assertThat(list.all(AREA))
                    .as(query)
                    .hasSize(list.count(ROW))
                    .allSatisfy(area -> assertThat(area).isEqualTo(grid));
            assertThat(list.total()).as(query).isLessThanOrEqualTo(own);
        }
        assertThat(ListHtml.of(mvc, accounts, "worker", "/forces").total()).isEqualTo(own);
        String otherGrid = jdbc.sql("select min(code) from grid where code not like ?")
                .param(grid.substring(0, 12) + "%")
                .query(String.class)
                .single();
        for (String area : List.of(otherGrid, grid.substring(0, 12), "511703")) {
            mvc.perform(get("/forces").param("area", area).with(as(accounts, "worker")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/forces/export.csv").with(as(accounts, "worker"))).andExpect(status().isForbidden());
    }

    @Test
    void governanceRoleAndSideNarrowTheRosterToTheDutyChart() throws Exception {
        String community = rootOf("secretary");
        long grids = count("select count(*) from grid where community_code = ?", community);
        long holders = count(
                "select count(distinct holder_id) from grid_duty where role = 'GRID_LEADER' and grid_code like ?",
                community + "%");
        ListHtml leaders =
                ListHtml.of(mvc, accounts, "admin", "/forces?area=" + community + "&role=GRID_LEADER&duty=A");
        assertThat(leaders.total()).isEqualTo(holders).isPositive().isLessThanOrEqualTo(grids);
        assertThat(leaders.count("网格长 A")).isGreaterThanOrEqualTo((int) Math.min(holders, 50));
        long named = count(
                "select count(*) from force_member where coalesce(grid_code, community_code) like ? and name like '%张%'",
                community + "%");
        assertThat(ListHtml.of(mvc, accounts, "secretary", "/forces?q=张").total())
                .isEqualTo(named);
    }

    @Test
    void theDistrictAdminExportsTheFilteredRosterWithPhonesMasked() throws Exception {
        String grid = rootOf("worker");
        String csv = mvc.perform(get("/forces/export.csv").param("area", grid).with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + (int) count("select count(*) from force_member where grid_code = ?", grid));
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line ->
                        assertThat(line).contains(grid).doesNotContainPattern("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
        assertThat(jdbc.sql("select detail from audit_entry where actor = 'admin' and action = 'EXPORT_PERSONAL_DATA'"
                                + " and subject_type = 'forces' order by seq desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("masked export of " + (lines.size() - 1) + " people");
    }
}
