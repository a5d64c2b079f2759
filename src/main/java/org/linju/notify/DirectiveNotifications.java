package org.linju.notify;

import org.linju.emergency.DirectiveSent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Puts emergency directives (and reminders) into the inbox of every recipient who signs in to Linju. */
@Component
class DirectiveNotifications {

    private final Inbox inbox;

    DirectiveNotifications(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void inbox(DirectiveSent event) {
        String title = (event.reminder() ? "【提醒·请确认】" : "【应急指令】") + event.title();
        inbox.deliver(event.usernames(), title.length() > 200 ? title.substring(0, 199) + "…" : title, "/directives");
    }
}
