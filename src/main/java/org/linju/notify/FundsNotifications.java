package org.linju.notify;

import java.math.RoundingMode;
import java.util.List;
import org.linju.funds.FundsAlertRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Puts an alert of the funds' dual monitoring in the line owner's inbox, linked to the form that explains it. */
@Component
class FundsNotifications {

    private final Inbox inbox;
    private final NotificationTexts texts;

    FundsNotifications(Inbox inbox, NotificationTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void inbox(FundsAlertRaised event) {
        String what = event.targetName() == null ? texts.of("notify.inbox.fundsExecution") : event.targetName();
        String title = texts.of(
                "notify.inbox.fundsAlert",
                event.lineName(),
                event.period(),
                what,
                event.deviation().abs().setScale(1, RoundingMode.HALF_UP).toPlainString());
        inbox.deliver(
                List.of(event.ownerAccount()),
                title.length() > 200 ? title.substring(0, 199) + "…" : title,
                "/funds/monitoring/alerts/" + event.alertId());
    }
}
