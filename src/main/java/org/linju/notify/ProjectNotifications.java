package org.linju.notify;

import org.linju.forces.ProjectPosted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the matching forces about a new project: in their inbox, and in the grid's group chat. */
@Component
class ProjectNotifications {

    private final Inbox inbox;
    private final WebhookDelivery webhooks;
    private final NotificationTexts texts;

    ProjectNotifications(Inbox inbox, WebhookDelivery webhooks, NotificationTexts texts) {
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void inbox(ProjectPosted event) {
        String title = texts.of("notify.inbox.project", event.title());
        inbox.deliver(
                event.usernames(),
                title.length() > 200 ? title.substring(0, 199) + "…" : title,
                "/projects/" + event.projectId());
    }

    @ApplicationModuleListener
    void webhook(ProjectPosted event) {
        webhooks.send(
                event.gridCode(),
                texts.of("notify.robot.project.title", event.title()),
                texts.of("notify.robot.project.text", event.title(), event.place(), String.valueOf(event.needed()))
                        + (event.skills().isEmpty()
                                ? ""
                                : "\n"
                                        + texts.of(
                                                "notify.robot.project.skills",
                                                String.join(texts.of("notify.listSeparator"), event.skills()))));
    }
}
