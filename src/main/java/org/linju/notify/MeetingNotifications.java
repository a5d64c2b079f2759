package org.linju.notify;

import java.time.format.DateTimeFormatter;
import org.linju.meetings.MeetingScheduled;
import org.linju.shared.DateRange;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Invites the people of a new meeting: in their inbox, and in the group chat of each grid concerned. */
@Component
class MeetingNotifications {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DateRange.CHINA);

    private final Inbox inbox;
    private final WebhookDelivery webhooks;
    private final NotificationTexts texts;

    MeetingNotifications(Inbox inbox, WebhookDelivery webhooks, NotificationTexts texts) {
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void inbox(MeetingScheduled event) {
        String title = texts.of("notify.inbox.meeting", event.title(), MINUTE.format(event.startsAt()), event.place());
        inbox.deliver(
                event.usernames(),
                title.length() > 200 ? title.substring(0, 199) + "…" : title,
                "/meetings/" + event.meetingId());
    }

    @ApplicationModuleListener
    void webhook(MeetingScheduled event) {
        String kind = texts.of("meeting.kind." + event.kind().name());
        for (String grid : event.gridCodes()) {
            webhooks.send(
                    grid,
                    texts.of("notify.robot.meeting.title", event.title()),
                    texts.of(
                            "notify.robot.meeting.text",
                            event.title(),
                            kind,
                            event.areaName(),
                            MINUTE.format(event.startsAt()),
                            event.place()));
        }
    }
}
