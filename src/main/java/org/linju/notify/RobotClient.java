package org.linju.notify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts markdown to a WeCom or DingTalk group robot. At most 5 s to connect and 10 s for the answer; redirects are
 * not followed (a robot host that sends the post elsewhere has not taken it). Anything but a 2xx answer the robot
 * did not refuse in its body is a {@link WebhookUnavailable}, worded for the admins' page without the robot's key.
 */
@Component
class RobotClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RobotAddresses addresses;
    private final RestClient http;

    RobotClient(RobotAddresses addresses) {
        this.addresses = addresses;
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(Duration.ofSeconds(10));
        requests.enableCompression(false);
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /**
     * Posts a message to a robot; a failure throws {@link WebhookUnavailable}. The address is checked again: a robot
     * saved before the robot hosts were enforced, or whose host an operator has since removed, gets nothing.
     */
    void post(GroupRobots.Robot robot, String title, String markdown) {
        URI address;
        try {
            address = addresses.check(robot.url());
        } catch (RobotAddresses.RobotAddressRefused e) {
            throw new WebhookUnavailable(
                    "robot address not allowed (linju.notify.robot-hosts: " + e.allowedHosts() + ")");
        }
        Answer answer;
        try {
            answer = http.post()
                    .uri(address)
                    .header(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                    .body(JSON.writeValueAsString(body(robot.kind(), title, markdown)))
                    .exchange((request, response) -> new Answer(
                            response.getStatusCode().value(),
                            StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
        } catch (ResourceAccessException e) {
            throw unreachable(e);
        }
        if (answer.status() / 100 != 2) {
            throw new WebhookUnavailable("webhook answered " + answer.status());
        }
        refusal(answer.body()).ifPresent(refusal -> {
            throw new WebhookUnavailable("robot refused the message: " + refusal);
        });
    }

    private record Answer(int status, String body) {}

    private static Map<String, Object> body(String kind, String title, String markdown) {
        return "DINGTALK".equals(kind)
                ? Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", markdown))
                : Map.of("msgtype", "markdown", "markdown", Map.of("content", markdown));
    }

    /**
     * Worded from the I/O failure itself, as Java's HTTP client words it: the {@link RestClient}'s own message names
     * the address, and with it the robot's key. Spring reports the 10 s limit as "Request cancelled".
     */
    private static WebhookUnavailable unreachable(ResourceAccessException failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException) {
                return new WebhookUnavailable("interrupted");
            }
            if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
                return new WebhookUnavailable("webhook unreachable: request timed out");
            }
        }
        Throwable io = failure.getCause() instanceof IOException cause ? cause : failure;
        return new WebhookUnavailable("webhook unreachable: " + reason(io));
    }

    /**
     * WeCom and DingTalk robots answer HTTP 200 even when they refuse a message (too many messages a minute, a bad key),
     * with a non-zero {@code errcode} in the body; that is a failed delivery, to be retried, not a sent message.
     */
    static Optional<String> refusal(String body) {
        if (body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode answer = JSON.readTree(body);
            JsonNode code = answer.get("errcode");
            if (code == null || !code.isNumber() || code.asInt() == 0) {
                return Optional.empty();
            }
            JsonNode message = answer.get("errmsg");
            return Optional.of("errcode " + code.asInt() + (message == null ? "" : " " + message.asString()));
        } catch (JacksonException notJson) {
            return Optional.empty(); // another kind of webhook: its 2xx status is the answer
        }
    }

    /**
     * What went wrong, for people: the first message in the chain of causes. Java's HTTP client reports a refused
     * connection as a {@code ConnectException} without any message.
     */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return failure instanceof ConnectException
                ? "could not connect"
                : failure.getClass().getSimpleName();
    }
}
