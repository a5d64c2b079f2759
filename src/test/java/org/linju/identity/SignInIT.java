package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.shared.RegionCode;

class SignInIT extends WebIntegrationTest {

	private String newWorker(boolean temporaryPassword) {
		String username = "worker-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.open(NewAccount.scoped(username, "测试网格员", Role.GRID_WORKER, Set.of(RegionCode.of("51170300100101")),
				"Temporary2026", temporaryPassword));
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
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value(401));
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/login").param("username", "leader").param("password", "Linju@2026"))
			.andExpect(status().isForbidden());
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		String username = newWorker(false);
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(formLogin().user(username).password("not-it-" + attempt)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user(username).password("Temporary2026")).andExpect(redirectedUrl("/login?locked"));
		jdbc.sql("update account set locked_until = now() - interval '1 second' where username = ?")
			.param(username)
			.update();
		mvc.perform(formLogin().user(username).password("Temporary2026")).andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select failed_logins from account where username = ?").param(username).query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String username = newWorker(true);
		CurrentUser worker = accounts.loadUserByUsername(username);
		mvc.perform(get("/map").with(user(worker))).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/api/v1/grids.geojson").with(user(worker))).andExpect(status().isForbidden());

		mvc.perform(post("/account/password").with(user(worker)).with(csrf())
			.param("currentPassword", "Temporary2026").param("newPassword", "short").param("confirmation", "short"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/account/password").with(user(worker)).with(csrf())
			.param("currentPassword", "Temporary2026")
			.param("newPassword", "MyOwnPassword9")
			.param("confirmation", "MyOwnPassword9")).andExpect(redirectedUrl("/?passwordChanged"));

		assertThat(accounts.loadUserByUsername(username).mustChangePassword()).isFalse();
		mvc.perform(formLogin().user(username).password("Temporary2026")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(username).password("MyOwnPassword9")).andExpect(redirectedUrl("/"));
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		String hash = jdbc.sql("select password_hash from account where username = 'admin'").query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Linju@2026");
	}

	@Test
	void theSetupPageClosesOnceAnAccountExists() throws Exception {
		mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/setup").with(csrf()).param("username", "intruder").param("password", "Intruder2026x")
			.param("confirmation", "Intruder2026x")).andExpect(redirectedUrl("/login"));
		assertThat(accounts.find("intruder")).isEmpty();
	}
}
