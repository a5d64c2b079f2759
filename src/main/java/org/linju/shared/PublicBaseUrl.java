package org.linju.shared;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The address residents reach Linju at, from configuration only: a link built from a request's Host header would let
 * a forged header print someone else's address into a QR code that is then posted on a wall. The demo falls back to
 * this machine; anywhere else a missing address stops start-up.
 */
@Component
@ConditionalOnWebApplication
public class PublicBaseUrl {

    private final String base;

    PublicBaseUrl(
            @Value("${linju.public-base-url:}") String configured,
            @Value("${linju.demo.enabled:false}") boolean demo,
            @Value("${server.port:8080}") int port) {
        if (configured.isBlank() && !demo) {
            throw new IllegalStateException(
                    "linju.public-base-url is not set. Set LINJU_PUBLIC_BASE_URL to the address "
                            + "residents reach Linju at (for example https://linju.example.gov.cn): it is printed in the community "
                            + "boards' links and QR codes. / 未设置 linju.public-base-url：请将 LINJU_PUBLIC_BASE_URL 设为居民访问邻聚的地址。");
        }
        String base = configured.isBlank() ? "http://localhost:" + (port > 0 ? port : 8080) : configured.trim();
        this.base = base.replaceAll("/+$", "");
        if (!isHttpAddress(this.base)) {
            throw new IllegalStateException(
                    "linju.public-base-url '" + configured + "' is not an http(s) address such as "
                            + "https://linju.example.gov.cn / linju.public-base-url 不是 http(s) 地址");
        }
    }

    private static boolean isHttpAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The absolute address of a path of this app, e.g. {@code /public/communities/511703001001}. */
    public String of(String path) {
        return base + path;
    }
}
