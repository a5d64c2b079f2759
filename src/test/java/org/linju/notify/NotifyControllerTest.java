package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

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

    record DirectiveSent(String id) {}

    @Test
    void aPendingDeliveryShowsItsEventItsWayAndWhenItWasPublishedInChinaTime() {
        TargetEventPublication publication = TargetEventPublication.of(
                new DirectiveSent("d1"),
                PublicationTargetIdentifier.of(
                        "org.linju.notify.WebhookDelivery.webhook(org.linju.emergency.DirectiveSent)"),
                Instant.parse("2026-03-01T16:30:05.123456Z"));
        assertThat(NotifyController.PendingDelivery.of(publication))
                .isEqualTo(new NotifyController.PendingDelivery(
                        "DirectiveSent", "webhook", "2026-03-02 00:30:05", publication.getCompletionAttempts()));
        assertThat(NotifyController.PendingDelivery.of(TargetEventPublication.of(
                                new DirectiveSent("d2"),
                                PublicationTargetIdentifier.of(
                                        "org.linju.notify.DirectiveNotifications.on(org.linju.emergency.DirectiveSent)"),
                                Instant.parse("2026-03-01T00:00:00Z")))
                        .via())
                .isEqualTo("inbox");
    }
}
