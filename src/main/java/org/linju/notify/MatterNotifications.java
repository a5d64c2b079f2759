package org.linju.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final Map<String, String> REQUESTS = Map.of("VOID", "作废申请", "DEFER", "缓办申请", "EXTEND", "延期申请");

    private final Accounts accounts;
    private final Departments departments;
    private final Forces forces;
    private final Inbox inbox;
    private final WebhookDelivery webhooks;

    MatterNotifications(
            Accounts accounts, Departments departments, Forces forces, Inbox inbox, WebhookDelivery webhooks) {
        this.forces = forces;
        this.departments = departments;
        this.accounts = accounts;
        this.inbox = inbox;
        this.webhooks = webhooks;
    }

    /** A report outside every grid; one inside a grid waits in its grid leader's triage queue. */
    @ApplicationModuleListener(condition = "#event.gridCode() == null")
    void inbox(MatterReported event) {
        inbox.deliver(
                accounts.usernamesCovering(RegionCode.of(event.district()), List.of(Role.DISTRICT_ADMIN)),
                "新上报·待指派网格 " + event.categoryName() + " " + event.trackingCode(),
                "/matters/" + event.matterId());
    }

    @ApplicationModuleListener(condition = WITH_ROBOT)
    void webhook(MatterReported event) {
        webhooks.send(
                event.gridCode(),
                "新上报 " + reference(event.matterId()),
                "### 新上报事项\n> 类别：" + event.categoryName() + "\n> 编号：" + reference(event.matterId()) + "\n> 待网格长分类");
    }

    @ApplicationModuleListener(condition = "#event.colour().name() == 'RED'")
    void inbox(MatterTriaged event) {
        inbox.deliver(
                responsible(event.district(), event.gridCode(), List.of(Role.LIAISON_LEADER)),
                "红色事项待协调 " + event.categoryName() + " " + event.trackingCode(),
                "/matters/" + event.matterId());
    }

    @ApplicationModuleListener(condition = WITH_ROBOT)
    void webhook(MatterStruckOff event) {
        webhooks.send(
                event.gridCode(),
                "事项已销号 " + reference(event.matterId()),
                "### 事项已销号\n> 编号：" + reference(event.matterId()));
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
                "新事项【" + colour(event.colour().name()) + "】" + event.categoryName() + " " + event.trackingCode(),
                "/matters/" + event.matterId());
    }

    @ApplicationModuleListener
    void inbox(ApprovalRequested event) {
        inbox.deliver(
                responsible(event.district(), event.gridCode(), event.approvers()),
                "待审批：" + REQUESTS.getOrDefault(event.kind().name(), "申请") + " " + event.trackingCode(),
                "/matters/" + event.matterId());
    }

    @ApplicationModuleListener(condition = WITH_ROBOT)
    void webhook(MatterDispatched event) {
        webhooks.send(
                event.gridCode(),
                "新事项 " + reference(event.matterId()),
                "### 新事项派遣\n> 类别：" + event.categoryName() + "\n> 清单："
                        + colour(event.colour().name()) + "\n> 编号：" + reference(event.matterId()));
    }

    @ApplicationModuleListener
    void inbox(MatterOverdue event) {
        inbox.deliver(
                responsible(event.district(), event.gridCode(), event.escalatedTo()),
                "事项逾期提级 " + reference(event.matterId()),
                "/matters/" + event.matterId());
    }

    /**
     * Who acts for these roles over a matter's grid (a backup for someone unavailable); for a matter outside every
     * grid, the district's admins, who are the only ones to see it. An event stored by a version before 9.1 carries no
     * district; such a matter outside every grid notifies nobody, as it did then.
     */
    private List<String> responsible(
            @org.jspecify.annotations.Nullable String district,
            @org.jspecify.annotations.Nullable String gridCode,
            List<Role> roles) {
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
                "事项逾期",
                "### 事项逾期提级\n> 网格：" + event.gridCode() + "\n> 清单："
                        + (event.colour() == null
                                ? "未分类"
                                : colour(event.colour().name())));
    }

    /**
     * How group chats name a matter: never by its tracking code. Group chats often include residents, and the tracking
     * code is what lets its reporter follow and rate a matter.
     */
    private static String reference(java.util.UUID matterId) {
        return matterId.toString().substring(0, 8);
    }

    private static String colour(String name) {
        return switch (name) {
            case "RED" -> "红色";
            case "YELLOW" -> "黄色";
            default -> "绿色";
        };
    }
}
