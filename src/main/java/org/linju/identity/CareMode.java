package org.linju.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Care mode (关怀模式), after China's ageing-friendly website guidelines: larger type and touch targets, higher contrast.
 * The choice is a cookie, not a session (public pages keep none), read on the server so the first paint is right.
 */
public final class CareMode {

    static final String COOKIE = "linju-care";

    private CareMode() {}

    /** Whether the visitor chose care mode. */
    public static boolean isOn(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && "1".equals(cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    static void remember(HttpServletResponse response, boolean on) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, on ? "1" : "0")
                .path("/")
                .maxAge(on ? Duration.ofDays(365) : Duration.ZERO)
                .httpOnly(true)
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
