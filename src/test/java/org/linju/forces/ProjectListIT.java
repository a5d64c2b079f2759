package org.linju.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.ListHtml;
import org.linju.WebIntegrationTest;

/** The grids' project lists as a paged list: state and days narrow it, the viewer's scope bounds it. */
class ProjectListIT extends WebIntegrationTest {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private String grid;
    private String otherGrid;

    @BeforeEach
    void postProjects() {
        grid = accounts.loadUserByUsername("worker")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        otherGrid = jdbc.sql("select min(code) from grid where code not like ?")
                .param(grid.substring(0, 12) + "%")
                .query(String.class)
                .single();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        project(grid, "ended", now.minusDays(40), 2, 2);
        project(grid, "open", now.plusDays(3), 5, 1);
        project(grid, "full", now.plusDays(4), 2, 2);
        project(otherGrid, "elsewhere", now.plusDays(3), 5, 0);
    }

    @AfterEach
    void removeProjects() {
        jdbc.sql("delete from project where title like ?").param(tag + "%").update();
    }

    private void project(String code, String title, OffsetDateTime starts, int needed, int taken) {
        jdbc.sql("""
				insert into project (id, grid_code, title, place, starts_at, ends_at, needed, taken, posted_by, posted_at)
				values (?, ?, ?, '社区广场', ?, ?, ?, ?, 'admin', now())
				""")
                .params(UUID.randomUUID(), code, tag + " " + title, starts, starts.plusHours(2), needed, taken)
                .update();
    }

    private List<String> titles(String username, String query) throws Exception {
        return ListHtml.of(mvc, accounts, username, "/projects?size=200&" + query)
                .all(Pattern.compile(tag + " (\\w+)<"));
    }

    @Test
    void aGridWorkerSeesTheirGridsProjectsByStateAndDayAndNoOtherGrids() throws Exception {
        assertThat(titles("worker", "")).containsExactly("full", "open", "ended");
        assertThat(titles("worker", "state=OPEN")).containsExactly("open");
        assertThat(titles("worker", "state=FULL")).containsExactly("full");
        assertThat(titles("worker", "state=ENDED")).containsExactly("ended");
        LocalDate openDay = OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(3)
                .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                .toLocalDate();
        assertThat(titles("worker", "from=" + openDay + "&to=" + openDay)).containsExactly("open");
        assertThat(titles("worker", "to=" + openDay)).containsExactly("open", "ended");
        assertThat(titles("worker", "sort=title&dir=asc")).containsExactly("ended", "full", "open");
        assertThat(titles("admin", "area=" + otherGrid)).containsExactly("elsewhere");
        mvc.perform(get("/projects").param("area", otherGrid).with(as(accounts, "worker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects").param("from", "yesterday").with(as(accounts, "worker")))
                .andExpect(status().isBadRequest());
        long own = jdbc.sql("select count(*) from project where grid_code = ?")
                .param(grid)
                .query(Long.class)
                .single();
        assertThat(ListHtml.of(mvc, accounts, "worker", "/projects").total()).isEqualTo(own);
    }
}
