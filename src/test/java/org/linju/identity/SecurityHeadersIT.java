package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linju.WebIntegrationTest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every page forbids scripts that are not the app's own files (an injected {@code onerror} or inline script does not
 * run) and tells the browser not to send its address, with a tracking code in it, to other sites.
 */
class SecurityHeadersIT extends WebIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/report", "/public/communities/511703001001", "/api/v1/categories"})
    void pagesAllowOnlyTheAppsOwnScriptsAndKeepTheirAddressToThemselves(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy)
                .isNotNull()
                .contains(
                        "script-src 'self';",
                        "object-src 'none'",
                        "frame-ancestors 'none'",
                        "base-uri 'self'",
                        "form-action 'self'");
        assertThat(policy.split(";"))
                .filteredOn(directive -> directive.trim().startsWith("script-src"))
                .singleElement()
                .asString()
                .doesNotContain("unsafe");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
}
