package org.linju.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linju.forces.Forces;
import org.linju.identity.Accounts;
import org.linju.identity.Departments;
import org.linju.matters.ApprovalRequested;
import org.linju.matters.MatterDispatched;
import org.linju.matters.MatterOverdue;
import org.linju.shared.RegionCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the handlers of a dispatched matter, and the people an overdue matter escalates to, in their inbox and in
 * the grid's group chat. Someone marked unavailable is replaced by the backup (B) of their role. Inbox and webhook
 * are separate listeners, so a webhook outage never holds up the inbox.
 */
@Component
class MatterNotifications {

	private static final Map<String, String> REQUESTS = Map.of("VOID", "作废申请", "DEFER", "缓办申请", "EXTEND", "延期申请");

	private final Accounts accounts;
	private final Departments departments;
	private final Forces forces;
	private final Inbox inbox;
	private final WebhookDelivery webhooks;

	MatterNotifications(Accounts accounts, Departments departments, Forces forces, Inbox inbox, WebhookDelivery webhooks) {
		this.forces = forces;
		this.departments = departments;
		this.accounts = accounts;
		this.inbox = inbox;
		this.webhooks = webhooks;
	}

	@ApplicationModuleListener
	void inbox(MatterDispatched event) {
		Set<String> recipients = new LinkedHashSet<>();
		if (event.gridCode() != null) {
			recipients.addAll(forces.actingFor(accounts.usernamesCovering(RegionCode.of(event.gridCode()), event.handlers())));
		}
		if (event.departmentCode() != null) {
			recipients.addAll(departments.usernamesIn(event.departmentCode()));
		}
		inbox.deliver(List.copyOf(recipients),
				"新事项【" + colour(event.colour().name()) + "】" + event.categoryName() + " " + event.trackingCode(),
				"/matters/" + event.matterId());
	}

	@ApplicationModuleListener
	void inbox(ApprovalRequested event) {
		if (event.gridCode() != null) {
			inbox.deliver(accounts.usernamesCovering(RegionCode.of(event.gridCode()), event.approvers()),
					"待审批：" + REQUESTS.getOrDefault(event.kind().name(), "申请") + " " + event.trackingCode(),
					"/matters/" + event.matterId());
		}
	}

	@ApplicationModuleListener
	void webhook(MatterDispatched event) {
		if (event.gridCode() != null) {
			webhooks.send(event.gridCode(), "新事项 " + event.trackingCode(), "### 新事项派遣\n> 类别：" + event.categoryName()
					+ "\n> 清单：" + colour(event.colour().name()) + "\n> 查询码：" + event.trackingCode());
		}
	}

	@ApplicationModuleListener
	void inbox(MatterOverdue event) {
		if (event.gridCode() != null) {
			inbox.deliver(forces.actingFor(accounts.usernamesCovering(RegionCode.of(event.gridCode()), event.escalatedTo())),
					"事项逾期提级 " + event.matterId().toString().substring(0, 8), "/matters/" + event.matterId());
		}
	}

	@ApplicationModuleListener
	void webhook(MatterOverdue event) {
		if (event.gridCode() != null) {
			webhooks.send(event.gridCode(), "事项逾期", "### 事项逾期提级\n> 网格：" + event.gridCode()
					+ "\n> 清单：" + (event.colour() == null ? "未分类" : colour(event.colour().name())));
		}
	}

	private static String colour(String name) {
		return switch (name) {
			case "RED" -> "红色";
			case "YELLOW" -> "黄色";
			default -> "绿色";
		};
	}
}
