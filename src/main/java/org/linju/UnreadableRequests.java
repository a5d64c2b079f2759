package org.linju;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers requests whose parameters cannot be read, before anything else reads them: a malformed %-escape, a form
 * with too many parts, an upload over the size limits, a null character in a value. Tomcat throws on every later
 * {@code getParameter}, the error page's included, so the answer is written here: 400 or 413, a page in the user's
 * language (problem JSON under {@code /api/}), and one line in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    UnreadableRequests(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        log.warn(
                "Refused {} {} with {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                refusal.status().value(),
                refusal.messageKey());
        answer(request, response, refusal.status(), refusal.messageKey());
    }

    /** Why a request's parameters cannot be used, or null when they can. */
    private static @Nullable Refusal refusal(HttpServletRequest request) {
        try {
            boolean nullCharacter = request.getParameterMap().values().stream()
                    .flatMap(Arrays::stream)
                    .anyMatch(value -> value != null && value.indexOf('\0') >= 0);
            return nullCharacter ? new Refusal(HttpStatus.BAD_REQUEST, "error.nullCharacter") : null;
        } catch (InvalidParameterException e) {
            if (e.getCause() instanceof FileCountLimitExceededException) {
                return new Refusal(HttpStatus.BAD_REQUEST, "error.tooManyParts");
            }
            if (e.getErrorCode() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
                return new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "error.uploadTooLarge");
            }
            return new Refusal(HttpStatus.BAD_REQUEST, "error.badParameters");
        }
    }

    private record Refusal(HttpStatus status, String messageKey) {}

    private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String refusal)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(refusal, null, refusal, locale);
        if (EarlyAnswer.problemForPrograms(request, response, json, status, message)) {
            return;
        }
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.title", null, locale));
        response.getWriter().write("""
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title><link rel="stylesheet" href="%s/css/linju.css"></head>
				<body><main><section class="card narrow error-page"><p class="status">%d</p><h1 id="error-message">%s</h1>
				<a class="button" href="%s/">%s</a></section></main></body></html>
				""".formatted(
                        locale.toLanguageTag(),
                        title,
                        request.getContextPath(),
                        status.value(),
                        HtmlUtils.htmlEscape(message),
                        request.getContextPath(),
                        HtmlUtils.htmlEscape(messages.getMessage("error.back", null, locale))));
    }
}
