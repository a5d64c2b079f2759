package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void withoutATileServerImagesComeFromTheAppOnly() {
        assertThat(ContentSecurityPolicy.of("").directives())
                .contains("img-src 'self' data: blob:;")
                .contains("script-src 'self';");
    }

    @Test
    void theConfiguredTileServerMayServeImages() {
        assertThat(ContentSecurityPolicy.of("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
                        .directives())
                .contains("img-src 'self' data: blob: https://tile.openstreetmap.org;");
        assertThat(ContentSecurityPolicy.of("https://{s}.tile.example.cn:8443/{z}/{x}/{y}.png")
                        .directives())
                .contains("img-src 'self' data: blob: https://*.tile.example.cn:8443;");
    }
}
