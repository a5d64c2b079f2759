package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linju.Logins;
import org.linju.WebIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A group robot's address is posted to by the server, so an admin can name only WeCom's and DingTalk's robot hosts
 * over https (and what the operator adds): never an address inside the network.
 */
class RobotAddressIT extends WebIntegrationTest {

    private static final String SCOPE = "511703001001";

    @Autowired
    WebhookDelivery webhooks;

    @AfterEach
    void removeRobots() {
        webhooks.removeAll();
    }

    private ResultActions save(String url) throws Exception {
        return mvc.perform(post("/admin/notifications/webhooks")
                .with(Logins.as(accounts, "admin"))
                .with(csrf())
                .param("scopeCode", SCOPE)
                .param("kind", "WECOM")
                .param("url", url));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://10.0.0.5:8080/internal",
                "https://169.254.169.254/latest/meta-data",
                "https://qyapi.weixin.qq.com@10.0.0.5/cgi-bin/webhook/send?key=k",
                "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k",
                "file:///etc/passwd",
                "not a url"
            })
    void anAddressOutsideTheRobotHostsIsRefusedOnTheNotificationsPage(String url) throws Exception {
        String page = save(url)
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("群机器人地址只能是", "qyapi.weixin.qq.com").contains("通知");
        assertThat(jdbc.sql("select count(*) from notify_webhook where scope_code = ?")
                        .param(SCOPE)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRobotSavedEarlierWithAnInternalAddressGetsNothingAndShowsAsFailing() {
        webhooks.removeAll();
        jdbc.sql(
                        "insert into notify_webhook (scope_code, kind, url) values (?, 'WECOM', 'http://10.255.255.1/internal')")
                .param(SCOPE)
                .update();

        assertThatThrownBy(() -> webhooks.send(SCOPE + "01", "新上报", "### 新上报")).isInstanceOf(WebhookUnavailable.class);
        assertThat(jdbc.sql("select failure from notify_webhook where scope_code = ?")
                        .param(SCOPE)
                        .query(String.class)
                        .single())
                .startsWith("robot address not allowed");
    }

    @Test
    void aWeComRobotIsSaved() throws Exception {
        save("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcd1234").andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select url from notify_webhook where scope_code = ?")
                        .param(SCOPE)
                        .query(String.class)
                        .single())
                .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcd1234");
    }
}
