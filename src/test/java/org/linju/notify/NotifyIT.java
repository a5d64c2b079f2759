package org.linju.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linju.Eventually.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.linju.Logins;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.linju.matters.Action;
import org.linju.matters.Channel;
import org.linju.matters.Colour;
import org.linju.matters.Difficulty;
import org.linju.matters.GridRequired;
import org.linju.matters.Intake;
import org.linju.matters.MatterPages;
import org.linju.matters.MatterView;
import org.linju.matters.MatterWork;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.linju.matters.StaffStep;
import org.linju.matters.Stage;
import org.linju.matters.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Each step of a matter reaches the right inbox, and the grid's group robot even after an outage: nothing is lost.
 */
class NotifyIT extends WebIntegrationTest {

    @Autowired
    Intake intake;

    @Autowired
    MatterWork work;

    @Autowired
    MatterPages pages;

    @Autowired
    Inbox inbox;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    WebhookDelivery webhooks;

    @Autowired
    BacklogDrain drain;

    @Test
    void aWebhookOutageDelaysTheMessagesButNeverLosesThem() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        List<String> delivered = new CopyOnWriteArrayList<>();
        HttpServer robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger refusals = new AtomicInteger();
        robot.createContext("/robot", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!down.get()) {
                delivered.add(body);
                exchange.sendResponseHeaders(200, -1);
            } else if (refusals.incrementAndGet() % 2 == 1) {
                exchange.sendResponseHeaders(503, -1);
            } else { // how a WeCom robot refuses: HTTP 200 with an error code
                byte[] refusal =
                        "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, refusal.length);
                exchange.getResponseBody().write(refusal);
            }
            exchange.close();
        });
        robot.start();
        try {
            CurrentUser leader = accounts.loadUserByUsername("leader");
            String grid = leader.scope().roots().iterator().next().value();
            webhooks.configure(
                    grid, "WECOM", "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot");
            Receipt receipt = reportIn(grid, "电动车在楼道充电");
            UUID id = UUID.fromString(receipt.id());
            assertThat(receipt.gridCode())
                    .as("the report lands in the leader's grid")
                    .isEqualTo(grid);
            assertThat(mvc.perform(MockMvcRequestBuilders.get("/matters")
                                    .param("mine", "true")
                                    .param("q", receipt.trackingCode())
                                    .with(Logins.as(accounts, "leader")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .as("a new report waits in the grid leader's list")
                    .contains(receipt.trackingCode());

            MatterView view =
                    work.takeStep(leader, id, 0, new StaffStep.Triage(Urgency.URGENT, Difficulty.GRID, null, null));
            view = work.takeStep(leader, id, view.version(), new StaffStep.Dispatch(null, null));
            await(() -> titles("leader").stream()
                    .anyMatch(title -> title.startsWith("新事项【黄色】") && title.contains(receipt.trackingCode())));
            await(() -> failedWebhooks() == 2);
            assertThat(refusals.get())
                    .as("one 503, one refusal with HTTP 200 and an error code")
                    .isEqualTo(2);
            assertThat(delivered)
                    .as("nothing reached the robot while it was down")
                    .isEmpty();
            assertThat(adminPage())
                    .as("admins see why the robot's messages wait")
                    .contains("最近一次发送失败")
                    .containsAnyOf("errcode 45009 api freq out of limit", "webhook answered 503")
                    .as("and the deliveries still pending, by way")
                    .contains("<td data-label=\"投递方式\">群机器人</td>");

            down.set(false);
            incomplete.resubmitIncompletePublications(publication -> true);
            await(() -> delivered.size() == 2);
            await(() -> failedWebhooks() == 0);
            assertThat(adminPage())
                    .as("a robot that takes messages again shows no failure")
                    .doesNotContain("最近一次发送失败");
            String reference = receipt.id().substring(0, 8);
            assertThat(delivered)
                    .allSatisfy(body -> assertThat(body)
                            .contains("\"msgtype\":\"markdown\"")
                            .contains(reference)
                            .as("group chats may include residents: no tracking code there")
                            .doesNotContain(receipt.trackingCode()));
            assertThat(delivered)
                    .anySatisfy(body -> assertThat(body).contains("新上报事项").contains("待网格长分类"));
            assertThat(delivered)
                    .anySatisfy(body -> assertThat(body).contains("新事项派遣").contains("黄色"));

            List<StaffStep> steps = List.of(
                    new StaffStep.Accept(),
                    new StaffStep.Start(List.of()),
                    new StaffStep.Resolve("已清理楼道", List.of()),
                    new StaffStep.Verify("已清理楼道", List.of()),
                    new StaffStep.StrikeOff("已清理楼道"));
            for (StaffStep step : steps) {
                view = work.takeStep(leader, id, view.version(), step);
            }
            await(() -> delivered.size() == 3);
            assertThat(delivered.get(2)).contains("事项已销号").contains(reference).doesNotContain(receipt.trackingCode());
        } finally {
            robot.stop(0);
            webhooks.removeAll();
        }
    }

    @Test
    void aRobotIsPostedToAtMostTwentyTimesAMinuteAndTheRestFollowsInOneSummary() throws Exception {
        List<String> posts = new CopyOnWriteArrayList<>();
        AtomicBoolean down = new AtomicBoolean();
        HttpServer robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/robot", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                posts.add(body);
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        robot.start();
        String grid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        String community = grid.substring(0, 12);
        try {
            webhooks.configure(
                    community,
                    "DINGTALK",
                    "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot");
            for (int i = 0; i < 25; i++) {
                webhooks.send(grid, "消息 " + i, "### 消息 " + i + "\n> 编号：" + i);
            }
            assertThat(posts)
                    .as("DingTalk shuts a robot for ten minutes after more than 20 a minute")
                    .hasSize(20);
            assertThat(waiting(community)).as("the rest wait, nothing is lost").isEqualTo(5);
            assertThat(adminPage())
                    .as("admins see what waits")
                    .contains("5 条消息因机器人每分钟限额排队中")
                    .doesNotContain("最近一次发送失败");

            jdbc.sql(
                            "update notify_webhook set recent_posts = array(select t - interval '61 seconds' from unnest(recent_posts) t)")
                    .update();
            webhooks.send(grid, "新消息", "### 新消息\n> 编号：25");
            assertThat(posts).as("a new message queues behind the waiting ones").hasSize(20);

            down.set(true);
            drain.drain();
            assertThat(waiting(community))
                    .as("a summary the robot did not take leaves its messages waiting")
                    .isEqualTo(6);
            assertThat(jdbc.sql("select cardinality(recent_posts) from notify_webhook where scope_code = ?")
                            .param(community)
                            .query(Integer.class)
                            .single())
                    .as("and uses up no turn")
                    .isEqualTo(20);
            assertThat(adminPage()).as("admins see why").contains("最近一次发送失败").contains("webhook answered 503");

            down.set(false);
            drain.forgetFailures();
            drain.drain();
            assertThat(posts).hasSize(21);
            String summary = posts.get(20);
            assertThat(summary).contains("群消息汇总（6 条");
            assertThat(summary.indexOf("消息 20")).as("oldest first").isLessThan(summary.indexOf("消息 24"));
            assertThat(summary.indexOf("消息 24")).isLessThan(summary.indexOf("新消息"));
            assertThat(waiting(community)).isZero();
            assertThat(adminPage()).doesNotContain("最近一次发送失败");

            webhooks.send(grid, "再来一条", "### 再来一条");
            assertThat(posts)
                    .as("with nothing waiting, messages go out at once again")
                    .hasSize(22);
        } finally {
            robot.stop(0);
            webhooks.removeAll();
        }
    }

    private String adminPage() throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/admin/notifications").with(Logins.as(accounts, "admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int waiting(String scope) {
        return jdbc.sql("select count(*) from notify_robot_backlog where scope_code = ?")
                .param(scope)
                .query(Integer.class)
                .single();
    }

    @Test
    void aRedMatterReachesTheLiaisonLeaderWhoCoordinatesIt() throws Exception {
        CurrentUser leader = accounts.loadUserByUsername("leader");
        String grid = leader.scope().roots().iterator().next().value();
        Receipt receipt = reportIn(grid, "小区燃气管道泄漏");
        MatterView view = work.takeStep(
                leader,
                UUID.fromString(receipt.id()),
                0,
                new StaffStep.Triage(Urgency.URGENT, Difficulty.DISTRICT, null, null));

        assertThat(view.colour()).isEqualTo(Colour.RED);
        await(() -> titles("liaison").stream()
                .anyMatch(title -> title.startsWith("红色事项待协调") && title.contains(receipt.trackingCode())));
        assertThat(titles("worker"))
                .as("a red matter is not the grid worker's")
                .noneMatch(title -> title.contains(receipt.trackingCode()));
    }

    @Test
    void aReportOutsideEveryGridReachesTheDistrictAdminsWhoAssignIt() throws Exception {
        Receipt receipt =
                intake.report(new NewReport("来电反映路灯不亮，地点不详", "1202", null, null, null, Channel.HOTLINE), null, "admin");

        assertThat(receipt.gridCode()).isNull();
        await(() -> titles("admin").stream()
                .anyMatch(title -> title.startsWith("新上报·待指派网格") && title.contains(receipt.trackingCode())));
        assertThat(titles("leader")).noneMatch(title -> title.contains(receipt.trackingCode()));
    }

    @Test
    void aRedMatterOutsideEveryGridReachesTheDistrictAdminsAndGoesOnlyToADepartment() throws Exception {
        CurrentUser admin = accounts.loadUserByUsername("admin");
        Receipt receipt = intake.report(
                new NewReport("来电反映燃气泄漏，地点说不清", "1202", null, null, null, Channel.HOTLINE), null, "admin");
        UUID id = UUID.fromString(receipt.id());
        MatterView red =
                work.takeStep(admin, id, 0, new StaffStep.Triage(Urgency.URGENT, Difficulty.DISTRICT, null, null));

        assertThat(red.colour()).isEqualTo(Colour.RED);
        assertThat(red.districtCode()).as("the demo district runs the platform").isEqualTo("511703");
        await(() -> titles("admin").stream()
                .anyMatch(title -> title.startsWith("红色事项待协调") && title.contains(receipt.trackingCode())));
        assertThatThrownBy(() -> work.takeStep(admin, id, red.version(), new StaffStep.Dispatch(null, null)))
                .as("nobody in a grid can take it")
                .isInstanceOf(GridRequired.class);

        CurrentUser staff = accounts.loadUserByUsername("dept");
        MatterView dispatched =
                work.takeStep(admin, id, red.version(), new StaffStep.Dispatch(null, staff.departmentCode()));
        assertThat(dispatched.stage()).isEqualTo(Stage.DISPATCHED);
        await(() -> titles("dept").stream()
                .anyMatch(title -> title.startsWith("新事项【红色】") && title.contains(receipt.trackingCode())));

        Receipt other = intake.report(
                new NewReport("来电反映楼道堆物，地点说不清", "1202", null, null, null, Channel.HOTLINE), null, "admin");
        MatterView notRed = work.takeStep(
                admin,
                UUID.fromString(other.id()),
                0,
                new StaffStep.Triage(Urgency.NORMAL, Difficulty.GRID, null, null));
        assertThat(notRed.colour()).isNotEqualTo(Colour.RED);
        assertThat(pages.available(admin, notRed))
                .as("the page offers no dispatch before a grid is assigned")
                .doesNotContain(Action.DISPATCH)
                .contains(Action.VOID);
        assertThat(pages.available(admin, red))
                .as("a red one goes to a department")
                .contains(Action.DISPATCH);
    }

    @Test
    void aReportWritesAnEventPublicationOnlyWhereAGroupRobotWaitsForIt() {
        CurrentUser leader = accounts.loadUserByUsername("leader");
        String grid = leader.scope().roots().iterator().next().value();
        String otherGrid = jdbc.sql("select code from grid where code <> ? order by code limit 1")
                .param(grid)
                .query(String.class)
                .single();
        jdbc.sql("create table publication_seen (event_type text, listener_id text)")
                .update();
        jdbc.sql("""
				create function publication_seen() returns trigger language plpgsql as $$
				begin insert into publication_seen values (new.event_type, new.listener_id); return new; end $$
				""").update();
        jdbc.sql(
                        "create trigger publication_seen after insert on event_publication for each row execute function publication_seen()")
                .update();
        try {
            webhooks.configure(grid, "WECOM", "http://127.0.0.1:9/robot");
            reportIn(otherGrid, "井盖缺失，夜间危险");
            assertThat(seen())
                    .as("a grid without a robot: intake writes no event publication")
                    .isEmpty();

            reportIn(grid, "井盖缺失，夜间危险");
            assertThat(seen())
                    .as("a grid with a robot: one publication, for the robot")
                    .singleElement()
                    .satisfies(listener ->
                            assertThat(listener).contains("MatterReported").contains("webhook"));
        } finally {
            jdbc.sql("drop trigger publication_seen on event_publication").update();
            jdbc.sql("drop function publication_seen()").update();
            jdbc.sql("drop table publication_seen").update();
            jdbc.sql(
                            "delete from event_publication where listener_id like '%webhook(org.linju.matters.MatterReported)%'")
                    .update();
            webhooks.removeAll();
        }
    }

    private List<String> seen() {
        return jdbc.sql("select event_type || ' ' || listener_id from publication_seen")
                .query(String.class)
                .list();
    }

    private Receipt reportIn(String grid, String description) {
        var centre = jdbc.sql(
                        "select (min_lat + max_lat) / 2 as lat, (min_lng + max_lng) / 2 as lng from grid where code = ?")
                .param(grid)
                .query()
                .singleRow();
        return intake.report(
                new NewReport(
                        description,
                        "1202",
                        (Double) centre.get("lat"),
                        (Double) centre.get("lng"),
                        null,
                        Channel.PATROL),
                null,
                "worker");
    }

    private List<String> titles(String username) {
        return inbox.of(username).stream().map(Inbox.Message::title).toList();
    }

    private long failedWebhooks() {
        return jdbc.sql(
                        "select count(*) from event_publication where completion_date is null and status = 'FAILED' and listener_id like '%webhook%'")
                .query(Long.class)
                .single();
    }
}
