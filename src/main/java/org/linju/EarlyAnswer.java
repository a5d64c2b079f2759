package org.linju;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer a filter writes itself, before any controller or error page can run: problem JSON for programs (under
 * {@code /api/}), otherwise a page for people, which the caller writes.
 */
final class EarlyAnswer {

    private EarlyAnswer() {}

    /** Sets the status and encoding; answers true after writing problem JSON, false when the caller writes a page. */
    static boolean problemForPrograms(
            HttpServletRequest request, HttpServletResponse response, JsonMapper json, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            return false;
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(ProblemDetail.forStatusAndDetail(status, detail)));
        return true;
    }
}
