package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.emergency.DirectiveSent;
import org.linju.identity.Role;
import org.linju.matters.Colour;
import org.linju.matters.MatterDispatched;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;

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

    @Test
    void aPendingDeliveryShowsItsEventItsWayAndWhenItWasPublishedInChinaTime() throws Exception {
        MatterDispatched dispatched = new MatterDispatched(
                UUID.randomUUID(), "LJ0301", "路灯", Colour.YELLOW, "51170300100101", List.of(Role.GRID_LEADER), null);
        PublicationTargetIdentifier robot = listener(MatterNotifications.class, "webhook", MatterDispatched.class);
        assertThat(robot.getValue())
                .isEqualTo("org.linju.notify.MatterNotifications.webhook(org.linju.matters.MatterDispatched)");
        TargetEventPublication publication =
                TargetEventPublication.of(dispatched, robot, Instant.parse("2026-03-01T16:30:05.123456Z"));
        assertThat(shown(publication))
                .isEqualTo(new PendingDeliveries.Delivery("MatterDispatched", "webhook", "2026-03-02 00:30:05", 1));

        DirectiveSent directive = new DirectiveSent(UUID.randomUUID(), UUID.randomUUID(), "暴雨", List.of("w1"), false);
        assertThat(shown(TargetEventPublication.of(
                        directive,
                        listener(DirectiveNotifications.class, "inbox", DirectiveSent.class),
                        Instant.parse("2026-03-01T00:00:00Z"))))
                .isEqualTo(new PendingDeliveries.Delivery("DirectiveSent", "inbox", "2026-03-01 08:00:00", 1));
    }

    /** The publication as the registry stores it (listener id, event class name) and the page then shows it. */
    private static PendingDeliveries.Delivery shown(TargetEventPublication publication) {
        return PendingDeliveries.delivery(
                publication.getTargetIdentifier().getValue(),
                publication.getEvent().getClass().getName(),
                publication.getPublicationDate(),
                publication.getCompletionAttempts());
    }

    /**
     * The id the event publication registry keeps for a listener method, as Spring makes it for the real method: the
     * page reads its way (inbox or group robot) from it.
     */
    private static PublicationTargetIdentifier listener(Class<?> type, String name, Class<?> event)
            throws NoSuchMethodException {
        Method method = type.getDeclaredMethod(name, event);
        return PublicationTargetIdentifier.of(
                new TransactionalApplicationListenerMethodAdapter(type.getSimpleName(), type, method).getListenerId());
    }
}
