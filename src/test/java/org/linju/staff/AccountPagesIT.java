package org.linju.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.AccountAdministration;
import org.linju.identity.AccountDraft;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The account pages as a street's staff and a district admin use them: the list, the form and its refusals. */
class AccountPagesIT extends WebIntegrationTest {

    @Autowired
    AccountAdministration administration;

    @Autowired
    MessageSource messages;

    private String street() {
        return accounts.loadUserByUsername("street")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    private String gridOf(boolean ownStreet) {
        return jdbc.sql("select min(code) from grid where (code like ?) = ?")
                .params(street() + "%", ownStreet)
                .query(String.class)
                .single();
    }

    private String zh(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aStreetSeesOnlyItsOwnStreetsAccountsThroughEveryFilter() throws Exception {
        String outsider = "out-" + UUID.randomUUID().toString().substring(0, 8);
        administration.open(
                accounts.loadUserByUsername("admin"),
                new AccountDraft(outsider, "外街道网格员", Role.GRID_WORKER, Set.of(RegionCode.of(gridOf(false))), null));
        String otherStreet = gridOf(false).substring(0, 9);

        mvc.perform(get("/admin/accounts").with(as(accounts, "street")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">worker<")))
                .andExpect(content().string(containsString(">secretary<")))
                .andExpect(content().string(not(containsString(">liaison<"))))
                .andExpect(content().string(not(containsString(">admin<"))));
        mvc.perform(get("/admin/accounts")
                        .param("area", otherStreet)
                        .param("q", outsider)
                        .with(as(accounts, "street")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">" + outsider + "<"))));
        mvc.perform(get("/admin/accounts")
                        .param("q", outsider)
                        .param("role", "GRID_WORKER")
                        .param("state", "ENABLED")
                        .param("sort", "created")
                        .param("dir", "desc")
                        .with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">" + outsider + "<")))
                .andExpect(content().string(containsString("1–1")));
        mvc.perform(get("/admin/accounts").with(as(accounts, "leader"))).andExpect(status().isForbidden());
    }

    @Test
    void theFormShowsTheTemporaryPasswordOnceAndRefusesARoleAboveTheStreetsWithAReason() throws Exception {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/accounts")
                        .param("username", username)
                        .param("displayName", "新网格员")
                        .param("role", "GRID_WORKER")
                        .param("areas", gridOf(true))
                        .with(as(accounts, "street"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("id=\"temporary-password\"")));
        assertThat(accounts.find(username).orElseThrow().mustChangePassword()).isTrue();

        mvc.perform(post("/admin/accounts")
                        .param("username", "up-" + username)
                        .param("displayName", "越权")
                        .param("role", "DISTRICT_ADMIN")
                        .param("areas", street())
                        .with(as(accounts, "street"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(zh("account.refused.role"))));
        mvc.perform(post("/admin/accounts")
                        .param("username", "far-" + username)
                        .param("displayName", "外街道")
                        .param("role", "GRID_WORKER")
                        .param("areas", gridOf(false))
                        .with(as(accounts, "street"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(zh("account.refused.unknownArea"))));
        assertThat(accounts.find("up-" + username)).isEmpty();
        assertThat(accounts.find("far-" + username)).isEmpty();
    }

    @Test
    void anAdminCannotDisableThemselvesAndAStreetCannotOpenTheDistrictAdmin() throws Exception {
        UUID admin = accounts.loadUserByUsername("admin").id();
        mvc.perform(post("/admin/accounts/{id}/disable", admin)
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(zh("account.refused.self"))));
        mvc.perform(get("/admin/accounts/{id}", admin).with(as(accounts, "street")))
                .andExpect(status().isNotFound());
    }
}
