package org.linju.patrols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.Logins;
import org.linju.WebIntegrationTest;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The patrol pages and the phone's API through HTTP: a record posted twice with its key is stored once, a finding
 * becomes one matter, and a worker's day map answers the worker and their leaders but 403 to another grid's worker.
 */
class PatrolPagesIT extends WebIntegrationTest {

    @Test
    void aPatrolPostedTwiceIsOneASecondIsRefusedWhileItRunsAndItsMapIsRefusedToAnotherGridsWorker() throws Exception {
        UUID worker = accounts.loadUserByUsername("worker").id();
        String key = "web-" + UUID.randomUUID();
        String started = Instant.now().minusSeconds(900).toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(as("worker", post("/api/v1/patrols"))
                            .header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"startedAt\":\"" + started + "\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.key").value(key));
        }
        mvc.perform(as("worker", post("/api/v1/patrols"))
                        .header("Idempotency-Key", "web-" + UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startedAt\":\"" + started + "\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as("worker", post("/api/v1/patrols/" + key + "/stop"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endedAt\":\"" + Instant.now() + "\"}"))
                .andExpect(status().isOk());
        String stranger = otherGridsWorker();
        String map = "/patrols/map?worker=" + worker + "&date=" + LocalDate.now(DateRange.CHINA);

        assertThat(count("select count(*) from patrol where client_key = ?", key))
                .isOne();
        mvc.perform(as("worker", get(map))).andExpect(status().isOk());
        mvc.perform(as("leader", get(map))).andExpect(status().isOk());
        mvc.perform(as("admin", get(map))).andExpect(status().isOk());
        mvc.perform(as(stranger, get(map))).andExpect(status().isForbidden());
        mvc.perform(as(
                        stranger,
                        get("/api/v1/patrols/day?worker=" + worker + "&date=" + LocalDate.now(DateRange.CHINA))))
                .andExpect(status().isForbidden());
        mvc.perform(as(
                        "leader",
                        get("/patrols?worker="
                                + accounts.loadUserByUsername("worker").displayName())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(map.substring(0, 50))));
        mvc.perform(as("worker", get("/patrols"))).andExpect(status().isForbidden());
    }

    @Test
    void aVisitWithAFindingPostedTwiceIsOneVisitAndOneMatter() throws Exception {
        String key = "web-visit-" + UUID.randomUUID();
        String household = "网页走访 " + key.substring(10, 18);
        for (int i = 0; i < 2; i++) {
            mvc.perform(as("worker", multipart("/api/v1/patrols/visits"))
                            .header("Idempotency-Key", key)
                            .param("household", household)
                            .param("finding", "楼道内电动车违规充电")
                            .param("category", "1202")
                            .param("at", Instant.now().minusSeconds(60).toString()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.matterCode").isNotEmpty());
        }
        mvc.perform(as("worker", multipart("/api/v1/patrols/visits"))
                        .header("Idempotency-Key", "web-visit-bad-time")
                        .param("household", household)
                        .param("finding", "时间不对")
                        .param("at", Instant.now().plusSeconds(3600).toString()))
                .andExpect(status().isUnprocessableContent());

        assertThat(count("select count(*) from patrol_visit where household = ?", household))
                .isOne();
        assertThat(count("""
                select count(*) from matter m join patrol_visit v on v.matter_id = m.id::text
                where v.household = ? and m.channel = 'PATROL'
                """, household)).isOne();
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String username, B request) {
        return request.with(Logins.as(accounts, username)).with(csrf());
    }

    private String otherGridsWorker() {
        String own = accounts.loadUserByUsername("worker")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        String other = jdbc.sql("select min(code) from grid where code <> ?")
                .param(own)
                .query(String.class)
                .single();
        String username = "patrol-web-" + other;
        if (accounts.find(username).isEmpty()) {
            accounts.open(NewAccount.scoped(
                    username, "别网格网格员", Role.GRID_WORKER, Set.of(RegionCode.of(other)), "Temporary2026", false));
        }
        return username;
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
