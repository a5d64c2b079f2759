package org.linju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linju.shared.DatabaseAway;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database is away, people and programs are told to come back shortly (503 with Retry-After) instead of
 * getting an error 500 after half a minute, and the log gets a line per kind of failure, not a stack trace per request.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageFilterTest {

    /** What a controller meets when the pool cannot get a connection. */
    @RestController
    static class NeedsTheDatabase {

        @GetMapping({"/api/v1/matters/mine", "/matters"})
        String matters() {
            throw new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException(
                            "linju-embedded - Connection is not available, request timed out after 3000ms"));
        }

        @GetMapping("/broken")
        String broken() {
            throw new IllegalStateException("a bug");
        }
    }

    private final MockMvc mvc;

    DatabaseOutageFilterTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        OncePerRequestFilter sessionFromDatabase = new OncePerRequestFilter() {

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                if (request.getCookies() != null) {
                    throw new DataAccessResourceFailureException(
                            "could not read the session", new SQLException("Connection refused", "08001"));
                }
                chain.doFilter(request, response);
            }
        };
        mvc = MockMvcBuilders.standaloneSetup(new NeedsTheDatabase())
                .setControllerAdvice(new ErrorAdvice(messages))
                .addFilters(
                        new DatabaseOutageFilter(
                                new DatabaseOutages(),
                                messages,
                                locales,
                                engine,
                                JsonMapper.builder().build()),
                        sessionFromDatabase)
                .build();
    }

    @Test
    void programsGetProblemJsonWithRetryAfter() throws Exception {
        mvc.perform(get("/api/v1/matters/mine"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("暂时连不上数据库，之前提交成功的内容都没有丢失。"));
    }

    @Test
    void peopleGetAPageInTheirLanguage() throws Exception {
        String zh = mvc.perform(get("/matters"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("暂时连不上数据库").contains("10 秒后自动刷新");
        String en = mvc.perform(get("/matters").header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("Linju cannot reach its database just now");
    }

    @Test
    void aSessionThatCannotBeReadBeforeAnyControllerRunsIsA503Too() throws Exception {
        mvc.perform(get("/matters").cookie(new Cookie("SESSION", "abc")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"));
    }

    @Test
    void otherFailuresStayErrors() throws Exception {
        mvc.perform(get("/broken")).andExpect(status().isInternalServerError());
    }

    @Test
    void logsOneLinePerKindOfFailureInsteadOfAStackTracePerRequest(CapturedOutput output) throws Exception {
        for (int i = 0; i < 50; i++) {
            mvc.perform(get("/api/v1/matters/mine")).andExpect(status().isServiceUnavailable());
        }
        assertThat(output.getAll().split("Database unavailable", -1)).hasSize(2);
        assertThat(output.getAll()).doesNotContain("\tat org.springframework");
    }

    @Test
    void aRollbackThatFailedOnItsBrokenConnectionIsAnOutage() {
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "insert failed", new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseAway.outageIn(rollback))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("I/O error");
        assertThat(DatabaseAway.outageIn(new IllegalStateException("a bug"))).isNull();
    }

    @Test
    void aCommitRefusedForASerializationConflictIsNoOutage() {
        TransactionSystemException commit = new TransactionSystemException(
                "Could not commit JDBC transaction",
                new SQLException("could not serialize access due to concurrent update", "40001"));
        assertThat(DatabaseAway.outageIn(commit)).isNull();
        TransactionSystemException closed = new TransactionSystemException(
                "Could not commit JDBC transaction", new SQLException("Connection is closed"));
        assertThat(DatabaseAway.outageIn(closed)).isSameAs(closed);
    }
}
