package org.linju.identity;

import jakarta.servlet.ServletContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;

/**
 * Puts the app's own CSRF token repository (a cookie, never a session) back into the shared context's filter chain.
 * Spring Security's {@code csrf()} request post-processor replaces it, for the rest of the context's life, with a test
 * repository that keeps tokens in a session; a test that counts sessions must start from the real one.
 */
public final class ProductionCsrf {

    private ProductionCsrf() {}

    public static void restore(ServletContext servletContext) {
        WebTestUtils.setCsrfTokenRepository(
                new MockHttpServletRequest(servletContext), SecurityConfiguration.csrfCookie());
    }
}
