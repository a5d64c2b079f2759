package org.linju.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Headers on every answer, next to Spring Security's defaults (no framing, no sniffing): the
 * {@link ContentSecurityPolicy}, and a referrer policy that gives other sites (the tile server) only the origin, never
 * a page's path with a tracking code in it. Spring Security applies this customizer to the app's security chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityHeaders {

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> contentSecurityAndReferrerPolicy(
            @Value("${linju.map.tile-url:}") String tileUrl) {
        String policy = ContentSecurityPolicy.of(tileUrl).directives();
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }
}
