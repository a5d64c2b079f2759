package org.linju.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a group robot may be: the server itself posts to the address, so an address an admin types must not reach
 * into the network around it (server-side request forgery). Only https to WeCom's and DingTalk's robot hosts, and to
 * hosts an operator adds in {@code linju.notify.robot-hosts}; plain http only to hosts named in
 * {@code linju.notify.robot-http-hosts} (the tests' fake robot).
 */
@Component
class RobotAddresses {

    private final List<String> hosts;
    private final List<String> plainHttpHosts;

    RobotAddresses(
            @Value("${linju.notify.robot-hosts}") List<String> hosts,
            @Value("${linju.notify.robot-http-hosts:}") List<String> plainHttpHosts) {
        this.hosts = lowerCase(hosts);
        this.plainHttpHosts = lowerCase(plainHttpHosts);
    }

    /** The address to post to, or {@link RobotAddressRefused} when it is not a robot host this platform may reach. */
    URI check(String url) {
        URI address;
        try {
            address = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new RobotAddressRefused(allowedHosts());
        }
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        String host = address.getHost() == null ? "" : address.getHost().toLowerCase(Locale.ROOT);
        boolean allowed = address.getRawUserInfo() == null
                && ("https".equals(scheme) && (hosts.contains(host) || plainHttpHosts.contains(host))
                        || "http".equals(scheme) && plainHttpHosts.contains(host));
        if (!allowed) {
            throw new RobotAddressRefused(allowedHosts());
        }
        return address;
    }

    /** The hosts a robot may be on, for the admin who typed another. */
    String allowedHosts() {
        return String.join(", ", hosts);
    }

    private static List<String> lowerCase(List<String> hosts) {
        return hosts.stream()
                .map(String::trim)
                .filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** An address outside the robot hosts. */
    static class RobotAddressRefused extends RuntimeException {

        private final String allowedHosts;

        RobotAddressRefused(String allowedHosts) {
            super("a group robot may only be on " + allowedHosts);
            this.allowedHosts = allowedHosts;
        }

        String allowedHosts() {
            return allowedHosts;
        }
    }
}
