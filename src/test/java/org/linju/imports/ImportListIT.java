package org.linju.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.ListHtml;
import org.linju.WebIntegrationTest;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;

/** The list of imports: one's own jobs, others' only where the kind allows it, never outside one's area. */
class ImportListIT extends WebIntegrationTest {

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportList list;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private UUID workersRoster;

    private String rootOf(String username) {
        return accounts.loadUserByUsername(username)
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    @BeforeEach
    void startJobs() {
        String grid = rootOf("worker");
        String otherGrid = jdbc.sql("select min(code) from grid where code not like ?")
                .param(grid.substring(0, 12) + "%")
                .query(String.class)
                .single();
        workersRoster = job("ROSTER", "worker", grid, "worker-running", "RUNNING");
        job("ROSTER", "leader", grid, "leader-queued", "QUEUED");
        job("REGISTRATION", "secretary", rootOf("secretary"), "secretary-failed", "FAILED");
        job("ROSTER", "someone", otherGrid, "elsewhere-done", "DONE");
    }

    @AfterEach
    void removeJobs() {
        jdbc.sql("delete from import_job where file_name like ?")
                .param(tag + "%")
                .update();
    }

    private UUID job(String kind, String by, String area, String name, String status) {
        UUID id = UUID.randomUUID();
        jobs.create(id, kind, by, tag + "-" + name + ".xlsx", Set.of(RegionCode.of(area)));
        jdbc.sql("update import_job set status = ?, total_rows = 10, processed_rows = 4, rejected = 2 where id = ?")
                .params(status, id)
                .update();
        return id;
    }

    private List<String> files(String username, String query) throws Exception {
        return ListHtml.of(mvc, accounts, username, "/imports?size=200&" + query)
                .all(Pattern.compile(tag + "-([a-z-]+)\\.xlsx"));
    }

    @Test
    void eachPersonSeesTheirOwnImportsAndOthersOnlyWhereTheirRoleMayFollowThem() throws Exception {
        assertThat(files("worker", "")).containsExactly("worker-running");
        assertThat(files("leader", "")).containsExactly("leader-queued");
        assertThat(files("secretary", "sort=started&dir=asc"))
                .as("a secretary follows the rosters of the community, and her own registrations")
                .containsExactly("worker-running", "leader-queued", "secretary-failed");
        assertThat(files("admin", "sort=started&dir=asc"))
                .containsExactly("worker-running", "leader-queued", "secretary-failed", "elsewhere-done");
    }

    @Test
    void stillRunningMeansQueuedOrReadingAndTheOtherFiltersNarrow() throws Exception {
        assertThat(files("admin", "state=RUNNING&sort=started&dir=asc"))
                .containsExactly("worker-running", "leader-queued");
        assertThat(files("worker", "state=RUNNING")).containsExactly("worker-running");
        assertThat(files("worker", "state=DONE")).isEmpty();
        assertThat(files("admin", "kind=REGISTRATION")).containsExactly("secretary-failed");
        assertThat(files("admin", "state=FAILED&kind=ROSTER")).isEmpty();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(files("worker", "from=" + today + "&to=" + today)).containsExactly("worker-running");
        assertThat(files("worker", "to=2020-01-01")).isEmpty();
    }

    @Test
    void eachLineLinksToItsProgressAndRefusedRows() throws Exception {
        ListHtml list = ListHtml.of(mvc, accounts, "worker", "/imports");
        assertThat(list.html())
                .contains("href=\"/residents/import/" + workersRoster + "\"")
                .contains("href=\"/residents/import/" + workersRoster + "/rejections.csv\"");
        assertThat(list.total())
                .isEqualTo(jdbc.sql("select count(*) from import_job where created_by = 'worker'")
                        .query(Long.class)
                        .single());
    }
}
