package org.linju.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.privacy.FieldCipher;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exact search answers for the real number behind a masked one, so guessing must stop: an account that misses
 * too often is refused for a while, and every search, a miss as well as a hit, is in the audit log.
 */
class ResidentSearchThrottleIT extends WebIntegrationTest {

    @Autowired
    FieldCipher cipher;

    @Test
    void aBurstOfMissesIsRefusedAndEverySearchIsAudited() throws Exception {
        var worker = accounts.loadUserByUsername("worker");
        accounts.open(NewAccount.scoped(
                "guesser", "网格员 试探", Role.GRID_WORKER, worker.scope().roots(), "Linju@2026-guess", false));
        String grid = worker.scope().roots().iterator().next().value();
        String phoneCipher = jdbc.sql(
                        "select phone_cipher from resident where grid_code = ? and phone_cipher is not null limit 1")
                .param(grid)
                .query(String.class)
                .single();
        String phone = cipher.decrypt(phoneCipher, PersonalField.PHONE.binding());
        String masked = phone.substring(0, 3) + "%04d" + phone.substring(7);

        mvc.perform(get("/api/v1/residents").param("q", phone).with(as(accounts, "guesser")))
                .andExpect(status().isOk());
        int misses = 0;
        for (int guess = 0; misses < 10; guess++) {
            String candidate = String.format(masked, guess);
            if (!candidate.equals(phone)) {
                mvc.perform(get("/api/v1/residents").param("q", candidate).with(as(accounts, "guesser")))
                        .andExpect(status().isOk())
                        .andExpect(content().json("[]"));
                misses++;
            }
        }
        mvc.perform(get("/api/v1/residents").param("q", phone).with(as(accounts, "guesser")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(Matchers.containsString("多次未查到任何人")));
        mvc.perform(get("/residents").param("q", phone).with(as(accounts, "guesser")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(Matchers.containsString("多次未查到任何人")));

        assertThat(jdbc.sql("""
				select subject_id, count(*) from audit_entry where actor = 'guesser' and action = 'SEARCH_PERSONAL_DATA'
				group by subject_id
				""")
                        .query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
                        .list())
                .containsExactlyInAnyOrder("hit=1", "miss=10", "refused=2");
        mvc.perform(get("/api/v1/residents").param("q", phone).with(as(accounts, "worker")))
                .andExpect(status().isOk());
    }

    @Test
    void aRoleThatMayNotSeePhonesCannotSearchByThem() throws Exception {
        String grid = accounts.loadUserByUsername("building")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        String phoneCipher = jdbc.sql(
                        "select phone_cipher from resident where grid_code = ? and phone_cipher is not null limit 1")
                .param(grid)
                .query(String.class)
                .single();
        mvc.perform(get("/api/v1/residents")
                        .param("q", cipher.decrypt(phoneCipher, PersonalField.PHONE.binding()))
                        .with(as(accounts, "building")))
                .andExpect(status().isForbidden());
    }
}
