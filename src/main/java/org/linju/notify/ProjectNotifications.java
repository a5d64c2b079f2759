package org.linju.notify;

import org.linju.forces.ProjectPosted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the matching forces about a new project: in their inbox, and in the grid's group chat. */
@Component
class ProjectNotifications {

    private final Inbox inbox;
    private final WebhookDelivery webhooks;

    ProjectNotifications(Inbox inbox, WebhookDelivery webhooks) {
        this.inbox = inbox;
        this.webhooks = webhooks;
    }

    @ApplicationModuleListener
    void inbox(ProjectPosted event) {
        String title = "【项目清单】" + event.title();
        inbox.deliver(
                event.usernames(),
                title.length() > 200 ? title.substring(0, 199) + "…" : title,
                "/projects/" + event.projectId());
    }

    @ApplicationModuleListener
    void webhook(ProjectPosted event) {
        webhooks.send(
                event.gridCode(),
                "项目清单 " + event.title(),
                "### 项目清单：" + event.title() + "\n> 地点："
                        + event.place() + "\n> 需要：" + event.needed() + " 人"
                        + (event.skills().isEmpty() ? "" : "\n> 技能：" + String.join("、", event.skills())));
    }
}
