package org.linju.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.shared.ListPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The audit page pages, filters, sorts and exports the log for district admins only; the export is audited. */
class AuditListIT extends WebIntegrationTest {

    @Autowired
    AuditLog log;

    private final String actor = "list-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void threeEntries() {
        for (int i = 1; i <= 3; i++) {
            log.record(new AuditRecord(
                    actor,
                    "GRID_WORKER",
                    AuditAction.VIEW_PERSONAL_DATA,
                    "resident",
                    actor + "-r" + i,
                    null,
                    null,
                    null));
        }
    }

    @Test
    void pagesCountAndSortTheFilteredLog() throws Exception {
        ListPage<AuditEntry> first =
                page(get("/admin/audit").param("actor", actor).param("size", "2"));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.rows()).extracting(AuditEntry::subjectId).containsExactly(actor + "-r3", actor + "-r2");
        ListPage<AuditEntry> second = page(
                get("/admin/audit").param("actor", actor).param("size", "2").param("page", "1"));
        assertThat(second.rows()).extracting(AuditEntry::subjectId).containsExactly(actor + "-r1");
        ListPage<AuditEntry> bySubject = page(get("/admin/audit")
                .param("actor", actor)
                .param("sort", "subject")
                .param("dir", "asc"));
        assertThat(bySubject.rows())
                .extracting(AuditEntry::subjectId)
                .containsExactly(actor + "-r1", actor + "-r2", actor + "-r3");
        ListPage<AuditEntry> unknown =
                page(get("/admin/audit").param("actor", actor).param("sort", "hash; select 1"));
        assertThat(unknown.request().sort()).isEqualTo("when");
        assertThat(page(get("/admin/audit").param("subject", actor + "-r2")).total())
                .isEqualTo(1);
    }

    @Test
    void theExportFollowsTheFiltersAndIsItselfAudited() throws Exception {
        String csv = mvc.perform(
                        get("/admin/audit/export.csv").param("actor", actor).with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains(actor + "-r1").contains(actor + "-r3");
        assertThat(log.search(new AuditFilter("admin", AuditAction.EXPORT_PERSONAL_DATA, "export", null, null), 0, 1))
                .singleElement()
                .satisfies(entry ->
                        assertThat(entry.detail()).startsWith("3 entries").contains(actor));
        mvc.perform(get("/admin/audit/export.csv").with(as(accounts, "secretary")))
                .andExpect(status().isForbidden());
    }

    @Test
    void htmxGetsTheList() throws Exception {
        String html = mvc.perform(get("/admin/audit")
                        .param("actor", actor)
                        .header("HX-Request", "true")
                        .with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"list\"").contains(actor + "-r2");
    }

    @SuppressWarnings("unchecked")
    private ListPage<AuditEntry> page(MockHttpServletRequestBuilder request) throws Exception {
        return (ListPage<AuditEntry>) mvc.perform(request.with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("page");
    }
}
