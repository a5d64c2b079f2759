package org.linju.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.Forces;
import org.linju.identity.Accounts;
import org.linju.identity.Departments;
import org.linju.identity.Role;
import org.linju.matters.ApprovalRequested;
import org.linju.matters.MatterDispatched;
import org.linju.matters.MatterOverdue;
import org.linju.matters.MatterReported;
import org.linju.matters.MatterStruckOff;
import org.linju.matters.MatterTriaged;
import org.linju.shared.RegionCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what became of matters, in their inbox and in the grid's group chat: a new report goes to the grid's
 * leader for triage (one outside every grid to the district's admins, who assign it a grid), a red matter to the
 * liaison leader who coordinates it, a dispatched matter to its handlers, an overdue one to the people it escalates
 * to; the group chat also hears of new and struck-off matters. Someone marked unavailable is replaced by the backup
 * (B) of their role. A matter outside every grid is the district admins' alone (only they see it), so what would go
 * to people in its grid goes to them. Inbox and webhook are separate listeners, so a webhook outage never holds up
 * the inbox.
 */
@Component
class MatterNotifications {

    /** Only events in a grid with a group robot are published to a webhook listener. */
    private static final String WITH_ROBOT = "@webhooks.covers(#event.gridCode())";

    private final Accounts accounts;
    private final Departments departments;
    private final Forces forces;
    private final Inbox inbox;
    private final WebhookDelivery webhooks;
    private final NotificationTexts texts;

    MatterNotifications(
            Accounts accounts,
            Departments departments,
            Forces forces,
            Inbox inbox,
            WebhookDelivery webhooks,
            NotificationTexts texts) {
        this.forces = forces;
        this.departments = departments;
        this.accounts = accounts;
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.texts = texts;
    }

    /** A report outside every grid; one inside a grid waits in its grid leader's triage queue. */
    @ApplicationModuleListener(condition = "#event.gridCode() == null")
    void inbox(MatterReported event) {
        inbox.deliver(
                accounts.usernamesCovering(RegionCode.of(event.district()), List.of(Role.DISTRICT_ADMIN)),
                texts.of("notify.inbox.reportedOutsideGrids", event.categoryName(), event.trackingCode()),
                "/matters/" + event.matterId());
    }

    @ApplicationModuleListener(condition = WITH_ROBOT)
    void webhook(MatterReported event) {
        webhooks.send(
                event.gridCode(),
                texts.of("notify.robot.reported.title", reference(event.matterId())),
                texts.of("notify.robot.reported.text", event.categoryName(), reference(event.matterId())));
    }

    @ApplicationModuleListener(condition = "#event.colour().name() == 'RED'")
    void inbox(MatterTriaged event) {
        inbox.deliver(
                responsible(event.district(), event.gridCode(), List.of(Role.LIAISON_LEADER)),
                texts.of("notify.inbox.redToCoordinate", event.categoryName(), event.trackingCode()),
                "/matters/" + event.matterId());
    }

    @ApplicationModuleListener(condition = WITH_ROBOT)
    void webhook(MatterStruckOff event) {
        webhooks.send(
                event.gridCode(),
                texts.of("notify.robot.struckOff.title", reference(event.matterId())),
                texts.of("notify.robot.struckOff.text", reference(event.matterId())));
    }

    @ApplicationModuleListener
    void inbox(MatterDispatched event) {
        Set<String> recipients = new LinkedHashSet<>();
        if (event.gridCode() != null) {
            recipients.addAll(
                    forces.actingFor(accounts.usernamesCovering(RegionCode.of(event.gridCode()), event.handlers())));
        }
        if (event.departmentCode() != null) {
            recipients.addAll(departments.usernamesIn(event.departmentCode()));
        }
        inbox.deliver(
                List.copyOf(recipients),
                texts.of(
                        "notify.inbox.dispatched",
                        colour(event.colour().name()),
                        event.categoryName(),
                        event.trackingCode()),
                "/matters/" + event.matterId());
    }

    @ApplicationModuleListener
    void inbox(ApprovalRequested event) {
        inbox.deliver(
                responsible(event.district(), event.gridCode(), event.approvers()),
                texts.of("notify.inbox.approval", request(event.kind().name()), event.trackingCode()),
                "/matters/" + event.matterId());
    }

    @ApplicationModuleListener(condition = WITH_ROBOT)
    void webhook(MatterDispatched event) {
        webhooks.send(
                event.gridCode(),
                texts.of("notify.robot.dispatched.title", reference(event.matterId())),
                texts.of(
                        "notify.robot.dispatched.text",
                        event.categoryName(),
                        colour(event.colour().name()),
                        reference(event.matterId())));
    }

    @ApplicationModuleListener
    void inbox(MatterOverdue event) {
        inbox.deliver(
                responsible(event.district(), event.gridCode(), event.escalatedTo()),
                texts.of("notify.inbox.overdue", reference(event.matterId())),
                "/matters/" + event.matterId());
    }

    /**
     * Who acts for these roles over a matter's grid (a backup for someone unavailable); for a matter outside every
     * grid, the district's admins, who are the only ones to see it. An event stored by a version before 9.1 carries no
     * district; such a matter outside every grid notifies nobody, as it did then.
     */
    private List<String> responsible(@Nullable String district, @Nullable String gridCode, List<Role> roles) {
        if (gridCode != null) {
            return forces.actingFor(accounts.usernamesCovering(RegionCode.of(gridCode), roles));
        }
        return district == null
                ? List.of()
                : accounts.usernamesCovering(RegionCode.of(district), List.of(Role.DISTRICT_ADMIN));
    }

    @ApplicationModuleListener(condition = WITH_ROBOT)
    void webhook(MatterOverdue event) {
        webhooks.send(
                event.gridCode(),
                texts.of("notify.robot.overdue.title"),
                texts.of(
                        "notify.robot.overdue.text",
                        event.gridCode(),
                        event.colour() == null
                                ? texts.of("dashboard.untriaged")
                                : colour(event.colour().name())));
    }

    /**
     * How group chats name a matter: never by its tracking code. Group chats often include residents, and the tracking
     * code is what lets its reporter follow and rate a matter.
     */
    private static String reference(UUID matterId) {
        return matterId.toString().substring(0, 8);
    }

    private String colour(String name) {
        return texts.of(
                switch (name) {
                    case "RED" -> "colour.RED";
                    case "YELLOW" -> "colour.YELLOW";
                    default -> "colour.GREEN";
                });
    }

    /** What an approval is asked for: voiding, deferring or extending a matter. */
    private String request(String kind) {
        return switch (kind) {
            case "VOID", "DEFER", "EXTEND" -> texts.of("notify.request." + kind);
            default -> texts.of("notify.request.other");
        };
    }
}
