package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a group robot receives, and how a post it did not take is worded for the admins. */
class RobotClientTest {

    private final RobotClient client =
            new RobotClient(new RobotAddresses(List.of("qyapi.weixin.qq.com"), List.of("127.0.0.1")));
    private final Map<String, String> received = new ConcurrentHashMap<>();
    private HttpServer robot;

    @BeforeEach
    void startRobot() throws Exception {
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/robot", exchange -> {
            received.put("content-type", exchange.getRequestHeaders().getFirst("Content-Type"));
            received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        robot.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/robot");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        robot.start();
    }

    @AfterEach
    void stopRobot() {
        robot.stop(0);
    }

    private GroupRobots.Robot at(String kind, String path) {
        return new GroupRobots.Robot(
                "511703001001", kind, "http://127.0.0.1:" + robot.getAddress().getPort() + path);
    }

    @Test
    void aDingTalkRobotGetsTitleAndMarkdownAsUtf8Json() {
        client.post(at("DINGTALK", "/robot"), "新上报", "### 新上报事项");

        assertThat(received.get("content-type")).isEqualTo("application/json; charset=utf-8");
        assertThat(received.get("body"))
                .contains("\"msgtype\":\"markdown\"")
                .contains("\"title\":\"新上报\"")
                .contains("\"text\":\"### 新上报事项\"");
    }

    @Test
    void aRedirectIsNotFollowed() {
        assertThatThrownBy(() -> client.post(at("WECOM", "/moved"), "t", "m"))
                .isInstanceOf(WebhookUnavailable.class)
                .hasMessage("webhook answered 302");
        assertThat(received).isEmpty();
    }

    @Test
    void anUnreachableRobotIsReportedWithoutItsKey() {
        GroupRobots.Robot closed =
                new GroupRobots.Robot("511703001001", "WECOM", "http://127.0.0.1:9/robot?key=secret");

        assertThatThrownBy(() -> client.post(closed, "t", "m"))
                .isInstanceOf(WebhookUnavailable.class)
                .hasMessage("webhook unreachable: could not connect");
    }
}
