package org.linju.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The API's answer to a call refused before any controller (not signed in, outside the caller's role, a bad token),
 * worded from the message bundles in English and Chinese: an API client sends no language choice (that is a cookie
 * of the pages), and its developers may read either.
 */
final class ApiRefusals {

    private final MessageSource messages;

    ApiRefusals(MessageSource messages) {
        this.messages = messages;
    }

    /** Answers {@code status} with the error code and the message of {@code api.error.<error>}. */
    void send(HttpServletResponse response, int status, String error) throws IOException {
        String key = "api.error." + error;
        SecurityConfiguration.json(
                response,
                status,
                error,
                messages.getMessage(key, null, Locale.ENGLISH) + " / "
                        + messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
    }
}
