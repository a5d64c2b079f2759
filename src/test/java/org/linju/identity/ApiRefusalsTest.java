package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;

/** API clients choose no language, so a refusal says it in English and Chinese, as it always has. */
class ApiRefusalsTest {

    private final ApiRefusals refusals = new ApiRefusals(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private String body(int status, String error) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        refusals.send(response, status, error);
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return response.getContentAsString();
    }

    @Test
    void eachRefusalIsWordedInBothLanguages() throws Exception {
        assertThat(body(401, "unauthorized"))
                .isEqualTo("{\"status\":401,\"error\":\"unauthorized\",\"message\":\"Sign in first / 请先登录\"}");
        assertThat(body(403, "forbidden"))
                .isEqualTo(
                        "{\"status\":403,\"error\":\"forbidden\",\"message\":\"Outside your role or area / 超出您的角色或管辖范围\"}");
        assertThat(body(401, "invalid_token"))
                .isEqualTo("{\"status\":401,\"error\":\"invalid_token\","
                        + "\"message\":\"The API token is unknown, expired or revoked / API 令牌无效、已过期或已撤销\"}");
    }
}
