package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/** The account rules of issue 16 §4: scope, roles, the last district admin, the audit trail and what sign-in sees. */
class AccountAdministrationIT extends WebIntegrationTest {

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountAccess access;

    private CurrentUser street() {
        return accounts.loadUserByUsername("street");
    }

    private CurrentUser admin() {
        return accounts.loadUserByUsername("admin");
    }

    private RegionCode streetCode() {
        return street().scope().roots().iterator().next();
    }

    private RegionCode gridIn(boolean ownStreet) {
        return RegionCode.of(jdbc.sql("select min(code) from grid where (code like ?) = ?")
                .params(streetCode().value() + "%", ownStreet)
                .query(String.class)
                .single());
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static AccountDraft worker(String username, RegionCode grid) {
        return new AccountDraft(username, "测试网格员", Role.GRID_WORKER, Set.of(grid), null);
    }

    @Test
    void aStreetAdminOpensAccountsInItsStreetButNoneAboveItsRoleOrOutsideItsStreet() {
        IssuedPassword issued = administration.open(street(), worker(fresh("w"), gridIn(true)));
        assertThat(accounts.find(issued.username()).orElseThrow().mustChangePassword())
                .isTrue();
        assertThat(PasswordPolicy.violation(issued.password())).isEmpty();

        assertRefused(() -> administration.open(street(), worker(fresh("w"), gridIn(false))), "account.refused.area");
        RegionCode district = streetCode().parent();
        assertRefused(
                () -> administration.open(
                        street(), new AccountDraft(fresh("d"), "越权", Role.DISTRICT_ADMIN, Set.of(district), null)),
                "account.refused.role");
        assertRefused(
                () -> administration.open(
                        street(), new AccountDraft(fresh("l"), "越权", Role.LIAISON_LEADER, Set.of(streetCode()), null)),
                "account.refused.role");
        assertRefused(
                () -> administration.change(
                        street(),
                        issued.accountId(),
                        new AccountChange("测试网格员", Role.DISTRICT_ADMIN, Set.of(district), null)),
                "account.refused.role");

        IssuedPassword elsewhere = administration.open(admin(), worker(fresh("w"), gridIn(false)));
        assertThatThrownBy(() -> administration.change(
                        street(),
                        elsewhere.accountId(),
                        new AccountChange("改名", Role.GRID_WORKER, Set.of(gridIn(true)), null)))
                .isInstanceOf(AccountNotFound.class);
        assertThatThrownBy(() -> access.disable(street(), elsewhere.accountId()))
                .isInstanceOf(AccountNotFound.class);
        assertThat(administration
                        .list(street(), new AccountFilter(null, null, null, elsewhere.username()), firstPage())
                        .total())
                .as("an account of another street is not in the street's list, even when searched for by name")
                .isZero();
    }

    @Test
    void aRoleChangeIsAuditedWithWhoAndTheAccountBeforeAndAfter() {
        RegionCode grid = gridIn(true);
        IssuedPassword issued = administration.open(street(), worker(fresh("w"), grid));
        RegionCode community = grid.parent();

        administration.change(
                street(),
                issued.accountId(),
                new AccountChange("测试书记", Role.COMMUNITY_SECRETARY, Set.of(community), null));

        List<String> entries = jdbc.sql(
                        "select actor || '|' || action || '|' || detail from audit_entry where subject_type = 'account'"
                                + " and subject_id = ? order by seq")
                .param(issued.username())
                .query(String.class)
                .list();
        assertThat(entries)
                .containsExactly(
                        "street|ACCOUNT_OPEN|role: GRID_WORKER; area: " + grid + "; department: -",
                        "street|ROLE_CHANGE|role: GRID_WORKER → COMMUNITY_SECRETARY; area: " + grid + " → " + community
                                + "; name changed");
        CurrentUser changed = accounts.loadUserByUsername(issued.username());
        assertThat(changed.role()).isEqualTo(Role.COMMUNITY_SECRETARY);
        assertThat(changed.scope().roots()).containsExactly(community);
    }

    @Test
    void theLastEnabledDistrictAdminCanNeitherBeDisabledNorDemotedEvenByTwoAdminsAtOnce() throws Exception {
        RegionCode district = streetCode().parent();
        UUID first = administration
                .open(admin(), new AccountDraft(fresh("da"), "区管理员甲", Role.DISTRICT_ADMIN, Set.of(district), null))
                .accountId();
        UUID second = administration
                .open(admin(), new AccountDraft(fresh("db"), "区管理员乙", Role.DISTRICT_ADMIN, Set.of(district), null))
                .accountId();
        List<UUID> others = jdbc.sql(
                        "select id from account where role = 'DISTRICT_ADMIN' and enabled and id not in (?, ?)")
                .params(first, second)
                .query(UUID.class)
                .list();
        setEnabled(others, false);
        try {
            CurrentUser one = userWithId(first);
            CurrentUser two = userWithId(second);
            List<String> outcomes = atOnce(() -> disable(one, second), () -> disable(two, first));
            assertThat(outcomes).containsExactlyInAnyOrder("disabled", "account.refused.lastAdmin");
            CurrentUser last = jdbc.sql("select count(*) from account where id = ? and enabled")
                                    .param(first)
                                    .query(Long.class)
                                    .single()
                            == 1
                    ? one
                    : two;
            UUID other = last == one ? second : first;
            access.enable(last, other);
            access.disable(last, other);
            assertRefused(
                    () -> administration.change(
                            last, last.id(), new AccountChange("降级", Role.STREET_STAFF, Set.of(streetCode()), null)),
                    "account.refused.lastAdmin");
            assertRefused(() -> access.disable(last, last.id()), "account.refused.self");
        } finally {
            setEnabled(others, true);
        }
    }

    private String disable(CurrentUser admin, UUID id) {
        try {
            access.disable(admin, id);
            return "disabled";
        } catch (AccountRefused refusal) {
            return refusal.messageKey();
        }
    }

    @SafeVarargs
    private static List<String> atOnce(Callable<String>... tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> task : tasks) {
                futures.add(threads.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get(1, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private void setEnabled(List<UUID> ids, boolean enabled) {
        jdbc.sql("update account set enabled = ? where id = any (?)")
                .params(enabled, ids.toArray(UUID[]::new))
                .update();
    }

    private CurrentUser userWithId(UUID id) {
        return accounts.loadUserByUsername(jdbc.sql("select username from account where id = ?")
                .param(id)
                .query(String.class)
                .single());
    }

    @Test
    void aNewAccountMustChangeItsPasswordAtFirstSignInAndADisabledOneCannotSignIn() throws Exception {
        IssuedPassword issued = administration.open(street(), worker(fresh("w"), gridIn(true)));
        Cookie session = signIn(issued.username(), issued.password(), ADDRESS)
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

        access.disable(street(), issued.accountId());
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isFound());
        signIn(issued.username(), issued.password(), ADDRESS).andExpect(redirectedUrl("/login?error"));
        access.enable(street(), issued.accountId());
        IssuedPassword reset = access.resetPassword(street(), issued.accountId());
        assertThat(reset.password()).isNotEqualTo(issued.password());
        signIn(issued.username(), issued.password(), ADDRESS).andExpect(redirectedUrl("/login?error"));
        signIn(issued.username(), reset.password(), ADDRESS).andExpect(redirectedUrl("/"));
    }

    @Test
    void unlockingClearsTheSignInDelayOfAnAccountAfterWrongPasswords() throws Exception {
        IssuedPassword issued = administration.open(street(), worker(fresh("w"), gridIn(true)));
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(issued.username(), "not-it-" + attempt, ADDRESS).andExpect(redirectedUrl("/login?error"));
        }
        signIn(issued.username(), issued.password(), ADDRESS).andExpect(redirectedUrl("/login?error"));
        AccountFilter locked = new AccountFilter(null, null, AccountState.LOCKED, issued.username());
        assertThat(administration.list(street(), locked, firstPage()).rows())
                .extracting(ManagedAccount::username)
                .containsExactly(issued.username());

        assertThat(access.unlock(street(), issued.accountId())).isTrue();

        assertThat(administration.list(street(), locked, firstPage()).total()).isZero();
        signIn(issued.username(), issued.password(), ADDRESS).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = ? and action = 'SIGN_IN_RELEASE'")
                        .param(issued.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static final String ADDRESS = "10.16.1.2";

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private static ListRequest firstPage() {
        return new ListRequest(0, 50, "username", false);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(AccountRefused.class).hasMessage(messageKey);
    }
}
