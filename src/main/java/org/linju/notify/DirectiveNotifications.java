package org.linju.notify;

import org.linju.emergency.DirectiveSent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Puts emergency directives (and reminders) into the inbox of every recipient who signs in to Linju. */
@Component
class DirectiveNotifications {

    private final Inbox inbox;
    private final NotificationTexts texts;

    DirectiveNotifications(Inbox inbox, NotificationTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void inbox(DirectiveSent event) {
        String title = texts.of(event.reminder() ? "notify.inbox.reminder" : "notify.inbox.directive", event.title());
        inbox.deliver(event.usernames(), title.length() > 200 ? title.substring(0, 199) + "…" : title, "/directives");
    }
}
