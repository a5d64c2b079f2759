package org.linju.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.privacy.FieldCipher;
import org.springframework.beans.factory.annotation.Autowired;

/** Erasure needs a second person; retention anonymises on time, once, even with two instances at it. */
class ErasureAndRetentionIT extends WebIntegrationTest {

    @Autowired
    Retention retention;

    @Autowired
    FieldCipher cipher;

    private Map<String, Object> residentIn(String grid, int skip) {
        return jdbc.sql(
                        "select * from resident where grid_code = ? and anonymised_at is null and phone_cipher is not null and name <> '测试居民' order by id offset ? limit 1")
                .params(grid, skip)
                .query()
                .singleRow();
    }

    private String workerGrid() {
        return accounts.loadUserByUsername("worker")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    @Test
    void erasureOnRequestAnonymisesAfterASecondPersonApproves() throws Exception {
        Map<String, Object> resident = residentIn(workerGrid(), 3);
        UUID id = (UUID) resident.get("id");
        String plainId = cipher.decrypt((String) resident.get("id_number_cipher"), PersonalField.ID_NUMBER.binding());
        long inGrid = jdbc.sql("select count(*) from resident where grid_code = ?")
                .param(workerGrid())
                .query(Long.class)
                .single();

        mvc.perform(post("/residents/" + id + "/erasure")
                        .param("reason", "居民本人申请删除")
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/residents/" + id + "/erasure")
                        .param("reason", "再次申请删除")
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().isConflict());
        String list = mvc.perform(get("/residents/erasures").with(as(accounts, "secretary")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("居民本人申请删除");
        UUID request = jdbc.sql("select id from erasure_request where resident_id = ? and status = 'PENDING'")
                .param(id)
                .query(UUID.class)
                .single();
        mvc.perform(post("/residents/erasures/" + request)
                        .param("approve", "true")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> after = jdbc.sql("select * from resident where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(after.get("name")).isEqualTo(Anonymiser.NAME);
        assertThat(after.get("phone_cipher")).isNull();
        assertThat(cipher.decrypt((String) after.get("id_number_cipher"), PersonalField.ID_NUMBER.binding()))
                .startsWith("anonymised:");
        assertThat(jdbc.sql("select count(*) from resident where grid_code = ?")
                        .param(workerGrid())
                        .query(Long.class)
                        .single())
                .as("aggregates stay")
                .isEqualTo(inGrid);
        mvc.perform(get("/residents").param("q", plainId).with(as(accounts, "admin")))
                .andExpect(content().string(Matchers.containsString("精确匹配到 0 人")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ANONYMISE' and subject_id = ?")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void nobodyApprovesTheirOwnRequest() throws Exception {
        String community = accounts.loadUserByUsername("secretary")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        String grid = jdbc.sql("select min(code) from grid where community_code = ? and code <> ?")
                .params(community, workerGrid())
                .query(String.class)
                .single();
        UUID id = (UUID) residentIn(grid, 0).get("id");
        mvc.perform(post("/residents/" + id + "/erasure")
                        .param("reason", "居民本人申请删除")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID request = jdbc.sql("select id from erasure_request where resident_id = ? and status = 'PENDING'")
                .param(id)
                .query(UUID.class)
                .single();
        mvc.perform(post("/residents/erasures/" + request)
                        .param("approve", "true")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("须由他人审批")));
        assertThat(jdbc.sql("select anonymised_at is null from resident where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void retentionAnonymisesOnceWithTwoInstancesRacing() throws Exception {
        String grid = accounts.loadUserByUsername("dept")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        List<UUID> due = List.of(
                (UUID) residentIn(grid, 0).get("id"), (UUID) residentIn(grid, 1).get("id"));
        UUID recent = (UUID) residentIn(grid, 2).get("id");
        jdbc.sql(
                        "update resident set residence_type = 'FLOATING', moved_out = current_date - interval '3 years' where id = any(?)")
                .param(due.toArray(UUID[]::new))
                .update();
        jdbc.sql(
                        "update resident set residence_type = 'FLOATING', moved_out = current_date - interval '1 year' where id = ?")
                .param(recent)
                .update();

        ExecutorService instances = Executors.newFixedThreadPool(2);
        Callable<Integer> run = retention::apply;
        List<Future<Integer>> results = instances.invokeAll(List.of(run, run));
        instances.shutdown();
        int anonymised = 0;
        for (Future<Integer> result : results) {
            anonymised += Math.max(0, result.get());
        }
        assertThat(anonymised).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from resident where id = any(?) and anonymised_at is not null")
                        .param(due.toArray(UUID[]::new))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select anonymised_at is null from resident where id = ?")
                        .param(recent)
                        .query(Boolean.class)
                        .single())
                .as("still within its retention period")
                .isTrue();
        assertThat(retention.apply()).as("nothing left to do").isZero();
    }
}
