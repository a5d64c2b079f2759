package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotifyControllerTest {

    @Test
    void theNotificationsPageShowsOnlyTheEndOfARobotsKey() {
        assertThat(NotifyController.maskedKey(
                        "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"))
                .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…5aaa");
        assertThat(NotifyController.maskedKey("https://oapi.dingtalk.com/robot/send?access_token=abcdef123456&x=1"))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=…3456&x=1");
        assertThat(NotifyController.maskedKey("http://127.0.0.1:9/robot")).isEqualTo("http://127.0.0.1:9/robot");
    }
}
