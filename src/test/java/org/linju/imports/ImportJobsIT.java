package org.linju.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;

/** Import jobs cut off by a restart: marked failed once nobody runs them, and their page says so. */
class ImportJobsIT extends WebIntegrationTest {

    @Test
    void anImportCutOffByARestartSaysSoOnItsPage(@Autowired ImportJobs jobs, @Autowired DataSource dataSource)
            throws Exception {
        UUID id = UUID.randomUUID();
        jobs.create(id, "ROSTER", "admin", "roster.xlsx", Set.of(RegionCode.of("511703")));
        jdbc.sql("update import_job set status = 'RUNNING', total_rows = 5000, processed_rows = 2000 where id = ?")
                .param(id)
                .update();

        try (var elsewhere = dataSource.getConnection();
                var session = elsewhere.createStatement()) {
            session.execute(
                    "select pg_advisory_lock(hashtextextended('" + id + "', 0))"); // another live instance runs it
            jobs.interruptUnfinished();
            assertThat(jdbc.sql("select status from import_job where id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .as("a job another live instance runs")
                    .isEqualTo("RUNNING");
            session.execute("select pg_advisory_unlock(hashtextextended('" + id + "', 0))");
        }
        jobs.interruptUnfinished(); // what the next start does once nobody runs it

        String page = mvc.perform(get("/residents/import/" + id).with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("data-status=\"FAILED\"")
                .contains("导入进行中邻聚重启了")
                .doesNotContain("hx-trigger");
    }

    @Test
    void everyKindIsFollowedUnderItsOwnAddressAndNoOtherSectionHasImports(@Autowired ImportJobs jobs) throws Exception {
        UUID id = UUID.randomUUID();
        jobs.create(id, "REGISTRATION", "admin", "登记.xlsx", Set.of(RegionCode.of("511703")));

        String status = mvc.perform(get("/forces/import/" + id + "/status").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(status.strip())
                .as("the fragment alone, polled by the progress page")
                .startsWith("<div")
                .contains("id=\"import-status\"", "data-status=\"QUEUED\"")
                .contains("hx-get=\"/forces/import/" + id + "/status\"");
        // A registration job is no roster job.
        mvc.perform(get("/residents/import/" + id).with(as(accounts, "admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/matters/import/" + id).with(as(accounts, "admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/residents/import/template.xlsx").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
}
