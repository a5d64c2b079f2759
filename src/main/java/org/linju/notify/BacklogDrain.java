package org.linju.notify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages waiting for a group robot's budget ({@link RobotBacklog}): every few seconds, for each robot
 * with a turn free, the oldest waiting messages merged into one summary (a single one goes as it is). A summary that
 * cannot be posted leaves its messages waiting; with several instances, one at a time drains a robot (its turn locks
 * the robot's row), so no summary goes out twice.
 */
@Component
class BacklogDrain {

	/** WeCom takes markdown of at most 4,096 bytes; DingTalk more. */
	static final int MAX_BYTES = 3_800;
	private static final int MAX_ITEMS = 50;
	private static final Logger log = LoggerFactory.getLogger(BacklogDrain.class);

	/** What one post carries: which waiting messages, under which title, as which markdown. */
	record Summary(List<Long> ids, String title, String markdown) {
	}

	private final RobotBacklog backlog;
	private final WebhookDelivery webhooks;
	private final TransactionTemplate transactions;

	BacklogDrain(RobotBacklog backlog, WebhookDelivery webhooks, TransactionTemplate transactions) {
		this.backlog = backlog;
		this.webhooks = webhooks;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${linju.notify.backlog-interval:10s}", initialDelayString = "${linju.notify.backlog-interval:10s}")
	void drain() {
		for (String scope : backlog.scopes()) {
			try {
				transactions.executeWithoutResult(status -> {
					if (!drain(scope)) {
						status.setRollbackOnly(); // no summary sent: the turn is not used up
					}
				});
			}
			catch (WebhookDelivery.WebhookUnavailable e) {
				log.warn("Group robot {} did not take a summary; its messages keep waiting: {}", scope, e.getMessage());
			}
		}
	}

	/** Sends one summary for the robot if it has a turn free; whether it did. Runs in the caller's transaction. */
	boolean drain(String scope) {
		if (!webhooks.takeTurn(scope)) {
			return false;
		}
		List<RobotBacklog.Queued> oldest = backlog.oldest(scope, MAX_ITEMS);
		if (oldest.isEmpty()) {
			return false;
		}
		Summary summary = summary(oldest, backlog.count(scope));
		webhooks.post(scope, summary.title(), summary.markdown());
		backlog.remove(summary.ids());
		return true;
	}

	/**
	 * One waiting message as it is; several as a summary of one line each (title and the message's own lines), as
	 * many as fit in {@link #MAX_BYTES}, oldest first, with a count of those left for the next turn.
	 */
	static Summary summary(List<RobotBacklog.Queued> oldest, int waiting) {
		if (oldest.size() == 1 && waiting == 1) {
			RobotBacklog.Queued only = oldest.get(0);
			return new Summary(List.of(only.id()), only.title(), only.markdown());
		}
		List<Long> ids = new ArrayList<>();
		StringBuilder lines = new StringBuilder();
		for (RobotBacklog.Queued message : oldest) {
			String line = "> " + message.title() + "：" + condensed(message.markdown()) + "\n";
			if (bytes(lines) + bytes(line) > MAX_BYTES - 200) {
				break;
			}
			lines.append(line);
			ids.add(message.id());
		}
		int left = waiting - ids.size();
		String markdown = "### 群消息汇总（" + ids.size() + " 条，超出机器人每分钟限额后合并发送）\n" + lines
				+ (left > 0 ? "> ……另有 " + left + " 条稍后发送\n" : "");
		return new Summary(ids, "群消息汇总（" + ids.size() + " 条）", markdown);
	}

	/** A message's own lines on one line: without its heading and quote marks, at most 120 characters. */
	private static String condensed(String markdown) {
		String joined = String.join("，", markdown.lines()
			.filter(line -> !line.startsWith("#"))
			.map(line -> line.startsWith("> ") ? line.substring(2) : line)
			.filter(line -> !line.isBlank())
			.toList());
		return joined.length() > 120 ? joined.substring(0, 120) + "…" : joined;
	}

	private static int bytes(CharSequence text) {
		return text.toString().getBytes(StandardCharsets.UTF_8).length;
	}
}
