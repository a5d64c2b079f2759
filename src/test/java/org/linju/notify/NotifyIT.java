package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Eventually.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.linju.matters.Action;
import org.linju.matters.Channel;
import org.linju.matters.Difficulty;
import org.linju.matters.Intake;
import org.linju.matters.MatterView;
import org.linju.matters.MatterWork;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.linju.matters.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;

/** Dispatch reaches the handlers' inbox, and the grid's group robot even after an outage: nothing is lost. */
class NotifyIT extends WebIntegrationTest {

	@Autowired
	Intake intake;

	@Autowired
	MatterWork work;

	@Autowired
	Inbox inbox;

	@Autowired
	IncompleteEventPublications incomplete;

	@Test
	void aWebhookOutageDelaysTheMessageButNeverLosesIt() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		List<String> bodies = new CopyOnWriteArrayList<>();
		HttpServer robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		robot.createContext("/robot", exchange -> {
			bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			int status = calls.incrementAndGet() == 1 ? 503 : 200;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		robot.start();
		try {
			CurrentUser leader = accounts.loadUserByUsername("leader");
			String grid = leader.scope().roots().iterator().next().value();
			jdbc.sql("insert into notify_webhook (scope_code, kind, url) values (?, 'WECOM', ?) on conflict (scope_code) do update set url = excluded.url")
				.params(grid, "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot").update();
			var centre = jdbc.sql("select (min_lat + max_lat) / 2 as lat, (min_lng + max_lng) / 2 as lng from grid where code = ?")
				.param(grid).query().singleRow();
			Receipt receipt = intake.report(new NewReport("电动车在楼道充电", "1202", (Double) centre.get("lat"),
					(Double) centre.get("lng"), null, Channel.PATROL), null, "worker");
			UUID id = UUID.fromString(receipt.id());
			assertThat(receipt.gridCode()).as("the report lands in the leader's grid").isEqualTo(grid);
			int before = inbox.of("leader").size();
			MatterView view = work.act(leader, id, 0, Action.TRIAGE, new MatterWork.Input(null, Urgency.URGENT, Difficulty.GRID, null, null, null));
			work.act(leader, id, view.version(), Action.DISPATCH, MatterWork.Input.note(null));

			await(() -> inbox.of("leader").size() > before);
			assertThat(inbox.of("leader").get(0).title()).contains(receipt.trackingCode());
			await(() -> calls.get() == 1);
			await(() -> jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like '%webhook%'")
				.query(Long.class).single() > 0);

			incomplete.resubmitIncompletePublications(publication -> true);
			await(() -> calls.get() == 2);
			await(() -> jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like '%webhook%'")
				.query(Long.class).single() == 0);
			assertThat(bodies.get(1)).contains("\"msgtype\":\"markdown\"").contains(receipt.trackingCode()).contains("黄色");
		}
		finally {
			robot.stop(0);
			jdbc.sql("delete from notify_webhook").update();
		}
	}
}
