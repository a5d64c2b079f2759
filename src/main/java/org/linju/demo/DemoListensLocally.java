package org.linju.demo;

import java.net.InetAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A demo has every role on one published password, so it listens on the loopback address only, unless
 * {@code server.address} says otherwise (for a demo on a shared machine the operator must ask for it).
 */
@Component
@ConditionalOnProperty(name = "linju.demo.enabled", havingValue = "true")
class DemoListensLocally implements WebServerFactoryCustomizer<ConfigurableWebServerFactory> {

    private final String configuredAddress;

    DemoListensLocally(@Value("${server.address:}") String configuredAddress) {
        this.configuredAddress = configuredAddress;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        if (configuredAddress.isBlank()) {
            factory.setAddress(InetAddress.getLoopbackAddress());
        }
    }
}
