package org.linju;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.linju.shared.DatabaseAway;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database is away, every request that needs it is answered at once with 503 and {@code Retry-After}:
 * problem JSON under {@code /api/}, a page for people. It sits outside every other filter, because the session and
 * the sign-in are read from the database before any controller runs; {@link ErrorAdvice} passes such failures on to it.
 * The page stands alone, without the layout, which would read the session again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    /** About how long the embedded server takes to start again after a crash. */
    private static final int RETRY_AFTER_SECONDS = 10;

    private final DatabaseOutages outages;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ITemplateEngine templates;
    private final JsonMapper json;

    DatabaseOutageFilter(
            DatabaseOutages outages,
            MessageSource messages,
            LocaleResolver localeResolver,
            ITemplateEngine templates,
            JsonMapper json) {
        this.outages = outages;
        this.messages = messages;
        this.locales = localeResolver;
        this.templates = templates;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Throwable outage = DatabaseAway.outageIn(e);
            if (outage == null || response.isCommitted()) {
                throw e;
            }
            outages.report(outage, request.getMethod() + " " + request.getRequestURI());
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.resetBuffer();
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        if (EarlyAnswer.problemForPrograms(
                request,
                response,
                json,
                HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("error.503", null, locale))) {
            return;
        }
        Context page = new Context(locale);
        page.setVariable("base", request.getContextPath());
        page.setVariable("retryAfter", RETRY_AFTER_SECONDS);
        response.getWriter().write(templates.process("error/unavailable", page));
    }
}
