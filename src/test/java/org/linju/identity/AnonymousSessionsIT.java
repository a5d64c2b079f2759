package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Anonymous visitors store nothing on the server: a session row each would let anyone fill the session table (it
 * did, 3,000 rows in 14 s). The forms on public pages still carry a CSRF token and still submit.
 */
class AnonymousSessionsIT extends WebIntegrationTest {

    @Autowired
    ServletContext servletContext;

    @BeforeEach
    void realCsrfTokens() {
        ProductionCsrf.restore(servletContext);
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final List<Cookie> jar = new ArrayList<>();

    @Test
    void publicPagesStoreNoSessionAndTheReportFormStillSubmits() throws Exception {
        long before = sessions();
        for (int visitor = 0; visitor < 3; visitor++) {
            assertThat(mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION"))
                    .as("a session for a first-time visitor of the login page")
                    .isNull();
        }
        for (String page : List.of("/", "/login", "/public/communities/511703001001", "/map", "/matters")) {
            visit(get(page));
        }
        MvcResult form = visit(get("/report"));
        MvcResult sent = visit(post("/report")
                .param("_csrf", csrfToken(form))
                .param("description", "路灯不亮，晚上看不清路")
                .param("categoryCode", "D1")
                .with(request -> {
                    request.setRemoteAddr("10.77.0.1");
                    return request;
                }));
        assertThat(sent.getResponse().getRedirectedUrl())
                .as("the report was taken")
                .startsWith("/track/");
        visit(get(sent.getResponse().getRedirectedUrl()));

        assertThat(sessions()).as("session rows after anonymous visits").isEqualTo(before);
    }

    @Test
    void signingInWithTheLoginPagesTokenStillWorksAndStartsOneSession() throws Exception {
        long before = sessions();
        MvcResult login = visit(get("/login"));
        mvc.perform(withCookies(post("/login"))
                        .param("_csrf", csrfToken(login))
                        .param("username", "street")
                        .param("password", "Linju@2026"))
                .andExpect(redirectedUrl("/"));
        assertThat(sessions()).isEqualTo(before + 1);
    }

    @Test
    void aWrongPasswordStoresNoSession() throws Exception {
        long before = sessions();
        MvcResult login = visit(get("/login"));
        MvcResult refused = mvc.perform(withCookies(post("/login"))
                        .param("_csrf", csrfToken(login))
                        .param("username", "nobody-anonymous-sessions")
                        .param("password", "not-it")
                        .with(request -> {
                            request.setRemoteAddr("10.77.0.2");
                            return request;
                        }))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        assertThat(refused.getResponse().getCookie("SESSION"))
                .as("a session for a failed sign-in")
                .isNull();
        visit(get("/login?error"));
        assertThat(sessions()).as("session rows after a failed sign-in").isEqualTo(before);
    }

    @Test
    void theLoginFormRefusesAPostWithoutTheToken() throws Exception {
        visit(get("/login"));
        mvc.perform(withCookies(post("/login")).param("username", "street").param("password", "Linju@2026"))
                .andExpect(status().isForbidden());
    }

    /** One request as a browser would send it, keeping the cookies it is given. */
    private MvcResult visit(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(withCookies(request)).andReturn();
        assertThat(result.getResponse().getStatus()).as(request.toString()).isLessThan(400);
        for (Cookie cookie : result.getResponse().getCookies()) {
            jar.removeIf(kept -> kept.getName().equals(cookie.getName()));
            jar.add(cookie);
        }
        return result;
    }

    private MockHttpServletRequestBuilder withCookies(MockHttpServletRequestBuilder request) {
        return jar.isEmpty() ? request : request.cookie(jar.toArray(Cookie[]::new));
    }

    private static String csrfToken(MvcResult page) throws Exception {
        Matcher field = CSRF_FIELD.matcher(page.getResponse().getContentAsString());
        assertThat(field.find()).as("the form carries a CSRF token").isTrue();
        return field.group(1);
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
