package org.linju.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** The audit chain shows any entry edited, deleted or moved, even by someone who can switch off its triggers. */
class AuditLogIT extends WebIntegrationTest {

    @Autowired
    AuditLog log;

    private List<Long> seqs;

    @BeforeEach
    void threeFreshEntries() {
        for (int i = 1; i <= 3; i++) {
            log.record(new AuditRecord(
                    "tester",
                    "DISTRICT_ADMIN",
                    AuditAction.REVEAL_PERSONAL_DATA,
                    "resident",
                    "r-" + i,
                    "511703001001",
                    "入户核实 " + i,
                    "field=phone"));
        }
        seqs = jdbc.sql("select seq from (select seq from audit_entry order by seq desc limit 3) last order by seq")
                .query(Long.class)
                .list();
        assertThat(log.verify().intact()).isTrue();
    }

    /** What a DBA with the owner's rights could do: switch the guard off, change rows, switch it on again. */
    private void tamper(String sql, Object... params) {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update")
                .update();
        try {
            jdbc.sql(sql).params(params).update();
        } finally {
            jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update")
                    .update();
        }
    }

    private Map<String, Object> row(long seq) {
        return jdbc.sql("select * from audit_entry where seq = ?")
                .param(seq)
                .query()
                .singleRow();
    }

    private void restore(Map<String, Object> row) {
        tamper(
                """
				insert into audit_entry (seq, recorded_at, actor, actor_role, action, subject_type, subject_id,
				                         scope_code, reason, detail, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (seq) do update set reason = excluded.reason, detail = excluded.detail,
				    prev_hash = excluded.prev_hash, hash = excluded.hash, subject_id = excluded.subject_id
				""",
                row.get("seq"),
                row.get("recorded_at"),
                row.get("actor"),
                row.get("actor_role"),
                row.get("action"),
                row.get("subject_type"),
                row.get("subject_id"),
                row.get("scope_code"),
                row.get("reason"),
                row.get("detail"),
                row.get("prev_hash"),
                row.get("hash"));
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletes() {
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set reason = 'x' where seq = ?")
                        .param(seqs.get(0))
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = ?")
                        .param(seqs.get(0))
                        .update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void anEditedEntryIsFoundWhereItWasEdited() {
        Map<String, Object> original = row(seqs.get(1));
        tamper("update audit_entry set reason = '无' where seq = ?", seqs.get(1));
        try {
            ChainVerdict verdict = log.verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenAt()).isEqualTo(seqs.get(1));
            assertThat(verdict.problem()).isEqualTo("audit.chain.edited");
        } finally {
            restore(original);
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryBreaksTheLinkOfTheNextOne() {
        Map<String, Object> original = row(seqs.get(1));
        tamper("delete from audit_entry where seq = ?", seqs.get(1));
        try {
            ChainVerdict verdict = log.verify();
            assertThat(verdict.brokenAt()).isEqualTo(seqs.get(2));
            assertThat(verdict.problem()).isEqualTo("audit.chain.unlinked");
        } finally {
            restore(original);
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void swappedEntriesAreFound() {
        Map<String, Object> second = row(seqs.get(1));
        Map<String, Object> third = row(seqs.get(2));
        tamper("update audit_entry set seq = -1 where seq = ?", seqs.get(2));
        tamper("update audit_entry set seq = ? where seq = ?", seqs.get(2), seqs.get(1));
        tamper("update audit_entry set seq = ? where seq = -1", seqs.get(1));
        try {
            ChainVerdict verdict = log.verify();
            assertThat(verdict.brokenAt()).isEqualTo(seqs.get(1));
            assertThat(verdict.problem()).isEqualTo("audit.chain.unlinked");
        } finally {
            tamper("delete from audit_entry where seq in (?, ?)", seqs.get(1), seqs.get(2));
            restore(second);
            restore(third);
        }
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void adminsBrowseFilterAndCheckTheLogOthersCannot() throws Exception {
        mvc.perform(get("/admin/audit")
                        .param("actor", "tester")
                        .param("subject", "r-2")
                        .with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("入户核实 2")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("入户核实 3"))));
        mvc.perform(post("/admin/audit/verify").with(as(accounts, "admin")).with(csrf()))
                .andExpect(content().string(Matchers.containsString("链条完整")));
        mvc.perform(get("/admin/audit").with(as(accounts, "secretary"))).andExpect(status().isForbidden());
    }
}
