package org.linju.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@io.swagger.v3.oas.annotations.security.SecurityScheme(
        name = SecurityConfiguration.API_TOKEN,
        type = io.swagger.v3.oas.annotations.enums.SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A staff member's API token (made on /account/tokens), sent as Authorization: Bearer linju_…; "
                + "it acts as that person, within their role and area. POST /api/v1/matters, /api/v1/categories and "
                + "/api/v1/grids/locate also answer without one. / 工作人员在“API 令牌”页面生成的令牌。")
@io.swagger.v3.oas.annotations.OpenAPIDefinition(
        security = @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = SecurityConfiguration.API_TOKEN))
class SecurityConfiguration {

    static final String API_TOKEN = "apiToken";

    static final String[] PUBLIC_PATHS = {
        "/login",
        "/setup",
        "/css/**",
        "/js/**",
        "/img/**",
        "/webjars/**",
        "/favicon.ico",
        "/error",
        "/error/**",
        "/public/**",
        "/actuator/health",
        "/actuator/health/**",
        "/api/v1/grids/locate",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/api/v1/categories",
        "/track/**",
        "/report"
    };

    private static final RequestMatcher API =
            request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    /**
     * No observation around each of the security chain's filters: they cost about a tenth of a report's CPU under
     * load (bench/README.md, intake). Every request is still timed by the HTTP server observation, and sign-ins and
     * access decisions are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, Accounts accounts, ApiTokens tokens, MessageSource messages) throws Exception {
        ApiRefusals refusals = new ApiRefusals(messages);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/matters")
                        .permitAll()
                        // Street staff administer the accounts of their own street (AccountPolicy).
                        .requestMatchers("/admin/accounts", "/admin/accounts/**")
                        .hasAnyRole(Role.DISTRICT_ADMIN.name(), Role.STREET_STAFF.name())
                        .requestMatchers("/admin/**", "/api/v1/admin/**", "/actuator/**")
                        .hasRole(Role.DISTRICT_ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").failureHandler(failedSignIn()).permitAll())
                // Anonymous visitors get no session (each would be a row in spring_session): the CSRF token of a public
                // form and the page to return to after signing in are kept in cookies instead.
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, e) -> refusals.send(response, 401, "unauthorized"), API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), new NegatedRequestMatcher(API))
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> refusals.send(response, 403, "forbidden"), API))
                // Residents' reporting apps post matters without a session; an Idempotency-Key, not a cookie, protects
                // them.
                // A call with an API token carries no cookie either: a browser never adds that header by itself.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
                        .ignoringRequestMatchers(request -> ("POST".equals(request.getMethod())
                                        && request.getRequestURI().equals(request.getContextPath() + "/api/v1/matters"))
                                || ApiTokenFilter.presented(request) != null))
                .addFilterBefore(new ApiTokenFilter(tokens, refusals), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new FirstAdminSetupFilter(accounts), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * Back to the form without a session: Spring's default keeps the exception in a new one, a row in spring_session
     * for every wrong password, and the page only needs {@code ?error}.
     */
    private static SimpleUrlAuthenticationFailureHandler failedSignIn() {
        SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
        failed.setAllowSessionCreation(false);
        return failed;
    }

    /** The CSRF token in a cookie of its own (HttpOnly: forms carry it in a hidden field), never in a session. */
    static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    static void json(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }
}
