package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

class SignInIT extends WebIntegrationTest {

    @Autowired
    private ApiTokens tokens;

    private String newWorker(boolean temporaryPassword) {
        String username = "worker-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(NewAccount.scoped(
                username,
                "测试网格员",
                Role.GRID_WORKER,
                Set.of(RegionCode.of("51170300100101")),
                "Temporary2026",
                temporaryPassword));
        return username;
    }

    @Test
    void aDemoAccountSignsInAndOut() throws Exception {
        mvc.perform(formLogin().user("leader").password("Linju@2026")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("leader").password("wrong-password")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesNeedASignInAndTheApiSaysSoInJson() throws Exception {
        mvc.perform(get("/map")).andExpect(status().isFound());
        mvc.perform(get("/api/v1/grids.geojson"))
                .andExpect(status().isUnauthorized())
                .andExpect(MockMvcResultMatchers.jsonPath("$.status").value(401));
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("username", "leader").param("password", "Linju@2026"))
                .andExpect(status().isForbidden());
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void wrongPasswordsDelayTheGuesserNotTheOwnerAndTheAnswerNeverSaysLocked() throws Exception {
        String username = newWorker(false);
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(username, "not-it-" + attempt, "10.14.1.1").andExpect(redirectedUrl("/login?error"));
        }
        signIn(username, "Temporary2026", "10.14.1.1").andExpect(redirectedUrl("/login?error"));
        signIn(username, "Temporary2026", "10.14.1.2").andExpect(redirectedUrl("/"));

        waitOver(username);
        signIn(username, "not-it-again", "10.14.1.1").andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("""
				select extract(epoch from delayed_until - last_failed_at) from login_failure
				where username = ? and address = '10.14.1.1'""").param(username).query(Double.class).single())
                .as("seconds to wait after the sixth failure (30 after the fifth)")
                .isEqualTo(60.0);

        waitOver(username);
        signIn(username, "Temporary2026", "10.14.1.1").andExpect(redirectedUrl("/"));
    }

    private void waitOver(String username) {
        jdbc.sql("update login_failure set delayed_until = now() - interval '1 second' where username = ?")
                .param(username)
                .update();
    }

    @Test
    void aNameThatIsNoAccountIsAnsweredExactlyLikeOneThatIs() throws Exception {
        String username = newWorker(false);
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int attempt = 0; attempt < 8; attempt++) {
            String known = signIn(username, "not-it", "10.14.2.1")
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            String unknown = signIn(nobody, "not-it", "10.14.2.1")
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(known).as("attempt " + attempt).isEqualTo("/login?error").isEqualTo(unknown);
        }
    }

    @Test
    void oneAddressTryingManyNamesIsDelayedForAllOfThem() throws Exception {
        String username = newWorker(false);
        for (int name = 0; name < 20; name++) {
            signIn("guess-" + name + "-" + UUID.randomUUID(), "Linju@2026", "10.14.3.1")
                    .andExpect(redirectedUrl("/login?error"));
        }
        signIn(username, "Temporary2026", "10.14.3.1").andExpect(redirectedUrl("/login?error"));
        signIn(username, "Temporary2026", "10.14.3.2").andExpect(redirectedUrl("/"));

        mvc.perform(get("/admin/sign-ins").with(as(accounts, "admin")))
                .andExpect(content().string(containsString("10.14.3.1")));
        mvc.perform(post("/admin/sign-ins/release-address")
                        .param("address", "10.14.3.1")
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/sign-ins?released"));
        signIn(username, "Temporary2026", "10.14.3.1").andExpect(redirectedUrl("/"));
    }

    @Test
    void guessesSentAllAtOnceGetNoMoreChecksThanGuessesSentOneByOne() throws Exception {
        String username = newWorker(false);
        ExecutorService senders = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int attempt = 0; attempt < 20; attempt++) {
                String password = "not-it-" + attempt;
                answers.add(senders.submit(() -> {
                    go.await();
                    return signIn(username, password, "10.14.7.1")
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl();
                }));
            }
            go.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(2, TimeUnit.MINUTES)).isEqualTo("/login?error");
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(jdbc.sql("select failures from login_failure where username = ? and address = '10.14.7.1'")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .as("guesses whose password was checked")
                .isEqualTo(5);
        signIn(username, "Temporary2026", "10.14.7.1").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aGuesserOnManyAddressesDelaysTheAddressesThatFailedButNotTheOwnerOnAnotherOne() throws Exception {
        String username = newWorker(false);
        for (int address = 0; address < 11; address++) {
            for (int attempt = 0; attempt < 5; attempt++) {
                signIn(username, "not-it-" + attempt, "10.14.8." + address).andExpect(redirectedUrl("/login?error"));
            }
        }
        assertThat(jdbc.sql("select failures from login_failure where username = ? and address = ''")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .as("10 addresses' 5 failures each, then one try from the new address before it is held")
                .isEqualTo(51);
        signIn(username, "Temporary2026", "10.14.8.10").andExpect(redirectedUrl("/login?error"));
        signIn(username, "Temporary2026", "10.14.8.200").andExpect(redirectedUrl("/"));
    }

    @Test
    void signingInRightDoesNotAddToTheAddresssFailures() throws Exception {
        String username = newWorker(false);
        for (int name = 0; name < 19; name++) {
            signIn("guess-" + name + "-" + UUID.randomUUID(), "not-it", "10.14.9.1");
        }
        for (int visit = 0; visit < 3; visit++) {
            signIn(username, "Temporary2026", "10.14.9.1").andExpect(redirectedUrl("/"));
        }
        signIn("guess-last-" + UUID.randomUUID(), "not-it", "10.14.9.1");
        signIn(username, "Temporary2026", "10.14.9.1").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void districtAdminsSeeDelayedAccountsAndReleaseThemOnTheRecord() throws Exception {
        String username = newWorker(false);
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(username, "not-it-" + attempt, "10.14.4.1");
        }
        mvc.perform(get("/admin/sign-ins").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("10.14.4.1")));
        mvc.perform(get("/admin/sign-ins").with(as(accounts, "leader"))).andExpect(status().isForbidden());

        mvc.perform(post("/admin/sign-ins/release")
                        .param("username", username)
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/sign-ins?released"));
        signIn(username, "Temporary2026", "10.14.4.1").andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SIGN_IN_RELEASE' and subject_id = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theCurrentPasswordIsGuessedNoFasterOnThePasswordPage() throws Exception {
        String username = newWorker(false);
        CurrentUser worker = accounts.loadUserByUsername(username);
        for (int attempt = 0; attempt < 5; attempt++) {
            changePassword(worker, "not-it-" + attempt, "10.14.5.1").andExpect(status().isUnprocessableContent());
        }
        changePassword(worker, "Temporary2026", "10.14.5.1").andExpect(status().isTooManyRequests());
        signIn(username, "MyOwnPassword9", "10.14.5.2").andExpect(redirectedUrl("/login?error"));
    }

    private ResultActions changePassword(CurrentUser user, String current, String address) throws Exception {
        return mvc.perform(post("/account/password")
                .with(user(user))
                .with(csrf())
                .with(from(address))
                .param("currentPassword", current)
                .param("newPassword", "MyOwnPassword9")
                .param("confirmation", "MyOwnPassword9"));
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndOffersToRevokeTokens() throws Exception {
        String username = newWorker(false);
        Cookie phone = signIn(username, "Temporary2026", "10.14.6.1")
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        Cookie desk = signIn(username, "Temporary2026", "10.14.6.2")
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        String token = tokens.issue(accounts.loadUserByUsername(username), "script", 30, UUID.randomUUID())
                .token();
        mvc.perform(get("/map").cookie(phone)).andExpect(status().isOk());

        MvcResult changed = mvc.perform(post("/account/password")
                        .cookie(desk)
                        .with(csrf())
                        .param("currentPassword", "Temporary2026")
                        .param("newPassword", "MyOwnPassword9")
                        .param("confirmation", "MyOwnPassword9"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get("/map").cookie(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/map").cookie(desk)).andExpect(status().isOk());

        String page = mvc.perform(get("/account/password").cookie(desk).flashAttrs(changed.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"changed\"").contains("id=\"revoke-tokens\"");
        mvc.perform(get("/api/v1/grids.geojson").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(post("/account/tokens/revoke-all").cookie(desk).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens?revokedAll"));
        mvc.perform(get("/api/v1/grids.geojson").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String username = newWorker(true);
        CurrentUser worker = accounts.loadUserByUsername(username);
        mvc.perform(get("/map").with(user(worker))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/grids.geojson").with(user(worker))).andExpect(status().isForbidden());

        mvc.perform(post("/account/password")
                        .with(user(worker))
                        .with(csrf())
                        .param("currentPassword", "Temporary2026")
                        .param("newPassword", "short")
                        .param("confirmation", "short"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/account/password")
                        .with(user(worker))
                        .with(csrf())
                        .param("currentPassword", "Temporary2026")
                        .param("newPassword", "MyOwnPassword9")
                        .param("confirmation", "MyOwnPassword9"))
                .andExpect(redirectedUrl("/account/password"));

        assertThat(accounts.loadUserByUsername(username).mustChangePassword()).isFalse();
        mvc.perform(formLogin().user(username).password("Temporary2026")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(username).password("MyOwnPassword9")).andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from account where username = 'admin'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Linju@2026");
    }

    @Test
    void theSetupPageClosesOnceAnAccountExists() throws Exception {
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/setup")
                        .with(csrf())
                        .param("username", "intruder")
                        .param("password", "Intruder2026x")
                        .param("confirmation", "Intruder2026x"))
                .andExpect(redirectedUrl("/login"));
        assertThat(accounts.find("intruder")).isEmpty();
    }
}
