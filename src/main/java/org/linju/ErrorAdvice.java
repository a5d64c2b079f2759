package org.linju;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.linju.identity.OutOfScope;
import org.linju.shared.DatabaseAway;
import org.linju.shared.InvalidRegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns exceptions into answers a person can act on: a page in the user's language, or problem JSON under
 * {@code /api/}. Domain exceptions carry their HTTP status; anything unexpected is logged with an id, and only
 * the id is shown.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final MessageSource messages;

    ErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(OutOfScope.class)
    Object outOfScope(OutOfScope e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.FORBIDDEN, "error.403", request, response);
    }

    @ExceptionHandler(InvalidRegionCode.class)
    Object invalidCode(InvalidRegionCode e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.BAD_REQUEST, "error.badCode", request, response);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof ErrorResponse || DatabaseAway.outageIn(e) != null) {
            throw e; // the database away: answered by DatabaseOutageFilter
        }
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (status != null && status.code().is4xxClientError()) {
            String key = e.getMessage() != null
                            && messages.getMessage(e.getMessage(), null, null, LocaleContextHolder.getLocale()) != null
                    ? e.getMessage()
                    : "error." + status.code().value();
            log.info(
                    "Answered {} {} with {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    status.code().value(),
                    key);
            return answer(status.code(), key, request, response);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        Object answer = answer(HttpStatus.INTERNAL_SERVER_ERROR, "error.500", request, response);
        if (answer instanceof ModelAndView page) {
            page.addObject("incident", incident);
        } else if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
            problem.setProperty("incident", incident);
        }
        return answer;
    }

    private Object answer(
            HttpStatus status, String messageKey, HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setDetail(messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale()));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error/status");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        return page;
    }
}
