package org.linju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.linju.storage.EmbeddedPostgresStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.test.web.servlet.MockMvc;

@LinjuIntegrationTest
class PlatformIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.url:}")
    String externalDatabase;

    @Test
    void aLongScheduledJobDoesNotHoldUpTheOthers(@Autowired TaskScheduler scheduler) throws Exception {
        CountDownLatch longJobRuns = new CountDownLatch(1);
        CountDownLatch endLongJob = new CountDownLatch(1);
        CountDownLatch shortJobRan = new CountDownLatch(1);
        scheduler.schedule(
                () -> {
                    longJobRuns.countDown();
                    try {
                        endLongJob.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                Instant.now());
        try {
            assertThat(longJobRuns.await(10, TimeUnit.SECONDS)).isTrue();
            scheduler.schedule(shortJobRan::countDown, Instant.now());
            assertThat(shortJobRan.await(10, TimeUnit.SECONDS))
                    .as("a job due while another runs (tally folding during retention)")
                    .isTrue();
        } finally {
            endLongJob.countDown();
        }
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void theJsonApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/grids/locate']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/residents']").exists());
    }

    @Test
    void theEmbeddedStoreRunsCrashSafe() {
        assumeTrue(externalDatabase.isBlank(), "runs on an external PostgreSQL");
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                .isEqualTo("on");
        assertThat(jdbc.sql("show full_page_writes").query(String.class).single())
                .isEqualTo("on");
    }

    @Autowired
    ApplicationContext context;

    @Test
    void anExternalDatabaseMeansNoEmbeddedOne() {
        boolean embedded = context.getBeanProvider(EmbeddedPostgresStore.class).getIfAvailable() != null;
        assertThat(embedded).isEqualTo(externalDatabase.isBlank());
    }

    @Test
    void errorPagesNeverShowAStackTrace() throws Exception {
        String page = mvc.perform(get("/public/communities/not-a-code"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("该编码不是有效的区划或网格编码").doesNotContain("Exception").doesNotContain("at org.");
        mvc.perform(get("/public/communities/511703999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("页面或记录不存在")));
    }

    /** Every browser asks for it on every page; a 404 there is a console error everywhere. */
    @Test
    void theSiteIconIsServedToAnyone() throws Exception {
        byte[] icon = mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(icon).startsWith(0, 0, 1, 0); // an ICO header: reserved 0, type 1 (icon)
    }
}
