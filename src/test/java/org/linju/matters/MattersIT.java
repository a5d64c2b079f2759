package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.linju.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Intake, triage and the workflow on the real database, with the roles and scopes of the demo district. */
class MattersIT extends WebIntegrationTest {

    @Autowired
    MatterWork work;

    @Autowired
    MatterPages pages;

    @Autowired
    GridLocator locator;

    @Autowired
    Intake intake;

    @Autowired
    IntakeStatement statement;

    @Autowired
    MatterPhotos photos;

    @Autowired
    PhotoSanitizer sanitizer;

    @Autowired
    TransactionTemplate transactions;

    private String leaderGrid() {
        return new MatterFixtures(jdbc, locator, accounts, intake).gridOf("leader");
    }

    private double[] pointInLeadersGrid() {
        return new MatterFixtures(jdbc, locator, accounts, intake).pointIn(leaderGrid());
    }

    private static final Random ADDRESSES = new Random();

    private String phone = "13800138000";

    private JsonNode report(String key, double lat, double lng, int expectedStatus) throws Exception {
        return report(key, lat, lng, expectedStatus, phone);
    }

    private JsonNode report(String key, double lat, double lng, int expectedStatus, String phone) throws Exception {
        // Each from its own address, as residents' phones are, so tests never share the per-address limit.
        return report(
                key,
                lat,
                lng,
                expectedStatus,
                phone,
                "10.%d.%d.%d".formatted(ADDRESSES.nextInt(250), ADDRESSES.nextInt(250), ADDRESSES.nextInt(250)));
    }

    private JsonNode report(String key, double lat, double lng, int expectedStatus, String phone, String address)
            throws Exception {
        String body = """
				{"description":"小区门口路灯不亮已经一周","categoryCode":"0101","lat":%s,"lng":%s,"phone":"%s"}
				""".formatted(lat, lng, phone);
        var request = post("/api/v1/matters")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(sent -> {
                    sent.setRemoteAddr(address);
                    return sent;
                });
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        String answer = mvc.perform(request)
                .andExpect(status().is(expectedStatus))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.builder().build().readTree(answer);
    }

    @BeforeEach
    void aFreshPhone() {
        phone = String.format("137%08d", new Random().nextInt(100_000_000));
    }

    @Test
    void anonymousReportersAreLimitedPerAddressAndPerPhone() throws Exception {
        String body = """
				{"description":"反复上报测试限流","categoryCode":"D1","phone":"%s"}
				""";
        Function<String, RequestPostProcessor> from = address -> request -> {
            request.setRemoteAddr(address);
            return request;
        };
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/api/v1/matters")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body.formatted(String.format("1360000%04d", i)))
                            .with(from.apply("10.1.2.3")))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/matters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("13600009999"))
                        .with(from.apply("10.1.2.3")))
                .andExpect(status().isTooManyRequests())
                .andExpect(MockMvcResultMatchers.header().string("Retry-After", "3600"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/matters")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body.formatted("13511112222"))
                            .with(from.apply("10.9.0." + i)))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/matters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("13511112222"))
                        .with(from.apply("10.9.0.99")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(post("/api/v1/matters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("13511112222"))
                        .with(as(accounts, "worker")))
                .andExpect(status().isCreated());
        String submission = UUID.randomUUID().toString();
        String page = mvc.perform(post("/report")
                        .param("description", "反复上报测试限流表单")
                        .param("categoryCode", "D1")
                        .param("phone", "13511112222")
                        .param("submission", submission)
                        .with(from.apply("10.9.0.98"))
                        .with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(MockMvcResultMatchers.header().string("Retry-After", "3600"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .as("the form keeps its submission key, so sending it again makes no second matter")
                .contains(submission)
                .contains("反复上报测试限流表单");
    }

    @Test
    void aNullCharacterInADescriptionIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/api/v1/matters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"路灯不亮\\u0000已经一周\",\"categoryCode\":\"0101\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("描述中含有空字符，无法保存。"));
    }

    @Test
    void reportsFromAnAddressOverItsLimitStoreNoPhotos() throws Exception {
        String address =
                "10.%d.%d.%d".formatted(ADDRESSES.nextInt(250), ADDRESSES.nextInt(250), ADDRESSES.nextInt(250));
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/api/v1/matters")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"description\":\"反复上报测试限流\",\"categoryCode\":\"D1\"}")
                            .with(sent -> {
                                sent.setRemoteAddr(address);
                                return sent;
                            }))
                    .andExpect(status().isCreated());
        }
        OffsetDateTime before =
                jdbc.sql("select now()").query(OffsetDateTime.class).single();
        for (int i = 0; i < 3; i++) {
            var form = MockMvcRequestBuilders.multipart("/report");
            for (int photo = 0; photo < 6; photo++) {
                form.file(new MockMultipartFile("photos", photo + ".jpg", "image/jpeg", jpegWithLocation()));
            }
            mvc.perform(form.param("description", "井盖缺失有人掉下去的危险")
                            .param("categoryCode", "0102")
                            .with(csrf())
                            .with(sent -> {
                                sent.setRemoteAddr(address);
                                return sent;
                            }))
                    .andExpect(status().isTooManyRequests());
        }
        assertThat(jdbc.sql("select count(*) from matter_photo where created_at >= ?")
                        .param(before)
                        .query(Long.class)
                        .single())
                .as("a refused report writes no photos")
                .isZero();
    }

    @Test
    void simultaneousReportsFromOnePhoneStillStopAtTheHourlyLimit() throws Exception {
        String from = "1350000%04d".formatted(new Random().nextInt(10_000));
        double[] point = pointInLeadersGrid();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(callers.submit(() -> mvc.perform(post("/api/v1/matters")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
						{"description":"同时反复上报测试限流","categoryCode":"0101","lat":%s,"lng":%s,"phone":"%s"}
						""".formatted(point[0], point[1], from))
                            .with(sent -> {
                                sent.setRemoteAddr(
                                        "10.%d.%d.7".formatted(ADDRESSES.nextInt(250), ADDRESSES.nextInt(250)));
                                return sent;
                            }))
                    .andReturn()
                    .getResponse()
                    .getStatus()));
        }
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answered.add(status.get(30, TimeUnit.SECONDS));
        }
        callers.shutdown();
        assertThat(answered)
                .as("five an hour per phone, however many arrive together")
                .containsOnly(201, 429)
                .filteredOn(code -> code == 201)
                .hasSize(5);
    }

    @Test
    void inOneBatchTheLimitsAndTheLikelyDuplicatesCountTheEarlierReportsOfTheBatch() {
        String phone = "1350001%04d".formatted(new Random().nextInt(10_000));
        double lat = 40.8 + new Random().nextInt(500) / 1000.0;
        double lng = 116.9 + new Random().nextInt(500) / 1000.0;
        List<IntakeStatement.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            batch.add(statement.incoming(
                    UUID.randomUUID(),
                    "T" + UUID.randomUUID().toString().substring(0, 9).toUpperCase(),
                    "511703",
                    null,
                    new NewReport("同一处同时反映八次", "0101", lat, lng, phone, Channel.API),
                    Reporter.anonymous(null),
                    null,
                    List.of()));
        }
        List<IntakeStatement.Taken> taken = transactions.execute(status -> statement.receive(batch, Instant.now()));
        assertThat(taken)
                .extracting(IntakeStatement.Taken::stored)
                .containsExactly(true, true, true, true, true, false, false, false);
        assertThat(taken)
                .extracting(IntakeStatement.Taken::refused)
                .containsExactly(false, false, false, false, false, true, true, true);
        assertThat(taken)
                .extracting(t -> t.nearby().size())
                .as("each sees the stored ones before it")
                .containsExactly(0, 1, 2, 3, 4, 5, 5, 5);
    }

    @Test
    void aResidentReportsWithoutAnAccountAndARetryMakesNoSecondMatter() throws Exception {
        double[] point = pointInLeadersGrid();
        String key = UUID.randomUUID().toString();
        JsonNode first = report(key, point[0], point[1], 201, phone, "10.250.0.1");
        JsonNode retry = report(key, point[0], point[1], 201, phone, "10.250.0.1");
        assertThat(first.path("gridCode").asString()).isEqualTo(leaderGrid());
        assertThat(first.path("trackingCode").asString()).hasSize(10);
        assertThat(retry.path("id").asString()).isEqualTo(first.path("id").asString());
        JsonNode another = report(UUID.randomUUID().toString(), point[0] + 0.0001, point[1], 201);
        assertThat(another.path("similarNearby").asInt())
                .as("a report 11 m away in the same category is counted")
                .isPositive();
        assertThat(another.toString())
                .as("but its tracking code, which lets its holder rate it, is not shown")
                .doesNotContain(first.path("trackingCode").asString());
        assertThat(jdbc.sql("select count(*) from matter where idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select reporter_phone_cipher from matter where idempotency_key = ?")
                        .param(key)
                        .query(String.class)
                        .single())
                .startsWith("v1:")
                .doesNotContain(phone);
    }

    @Test
    void simultaneousReportsAreStoredTogetherAndSimultaneousRetriesStillMakeOneMatter() throws Exception {
        double[] point = pointInLeadersGrid();
        String key = UUID.randomUUID().toString();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        List<Future<JsonNode>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String requestKey = i % 2 == 0 ? key : UUID.randomUUID().toString();
            String from = i % 2 == 0 ? phone : "1390000%04d".formatted(new Random().nextInt(10_000));
            // The retries come from one phone at one address, as one resident's app would send them.
            answers.add(
                    i % 2 == 0
                            ? callers.submit(() -> report(requestKey, point[0], point[1], 201, from, "10.250.0.2"))
                            : callers.submit(() -> report(requestKey, point[0], point[1], 201, from)));
        }
        Set<String> retried = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            (i % 2 == 0 ? retried : others)
                    .add(answers.get(i).get(30, TimeUnit.SECONDS).path("id").asString());
        }
        callers.shutdown();
        assertThat(retried).as("eight sends of one report, one matter").hasSize(1);
        assertThat(others).as("eight different reports").hasSize(8).doesNotContainAnyElementsOf(retried);
        assertThat(jdbc.sql("select count(*) from matter where idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from matter_timeline where matter_id = cast(? as uuid)")
                        .param(retried.iterator().next())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void likelyDuplicatesAreTheReportsWithinFiftyMetresAndNoOthers() throws Exception {
        // Somewhere outside the demo district, a different spot on every run.
        double lat = 40.2 + new Random().nextInt(500) / 1000.0;
        double lng = 116.6 + new Random().nextInt(500) / 1000.0;
        assertThat(report(null, lat - 0.00001, lng - 0.00001, 201)
                        .path("similarNearby")
                        .asInt())
                .isZero();
        assertThat(report(null, lat + 0.00001, lng + 0.00001, 201)
                        .path("similarNearby")
                        .asInt())
                .as("3 m away")
                .isEqualTo(1);
        assertThat(report(null, lat + 0.00055, lng + 0.00002, 201)
                        .path("similarNearby")
                        .asInt())
                .as("62 m north of the first, 60 m of the second")
                .isZero();
        assertThat(report(null, lat + 0.0004, lng - 0.0005, 201)
                        .path("similarNearby")
                        .asInt())
                .as("47 m from the third, 61 m from the others")
                .isEqualTo(1);
        double north = lat + 0.01;
        String another = "1370000%04d".formatted(new Random().nextInt(10_000));
        assertThat(report(null, north, lng, 201, another).path("similarNearby").asInt())
                .isZero();
        assertThat(report(null, north + 0.00036, lng, 201, another)
                        .path("similarNearby")
                        .asInt())
                .as("40 m due north")
                .isEqualTo(1);
        assertThat(report(null, north, lng + 0.00065, 201, another)
                        .path("similarNearby")
                        .asInt())
                .as("55 m due east of the first, 67 m from the second")
                .isZero();
    }

    @Test
    void aPointInNoGridWaitsForManualAssignment() throws Exception {
        JsonNode receipt = report(null, 39.9, 116.4, 201);
        assertThat(receipt.path("gridCode").isNull() || receipt.path("gridCode").isMissingNode())
                .isTrue();
        mvc.perform(get("/matters").with(as(accounts, "admin")))
                .andExpect(MockMvcResultMatchers.content()
                        .string(Matchers.containsString(
                                receipt.path("trackingCode").asString())));
        String id = receipt.path("id").asString();
        mvc.perform(get("/matters/" + id).with(as(accounts, "leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/matters/" + id + "/grid")
                        .param("version", "0")
                        .param("gridCode", "51170399999999")
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/matters/" + id + "/grid")
                        .param("version", "0")
                        .param("gridCode", leaderGrid())
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/matters/" + id).with(as(accounts, "leader"))).andExpect(status().isOk());
    }

    @Test
    void staffEnterHotlineCallsAndPatrolReports() throws Exception {
        double[] point = pointInLeadersGrid();
        String location = mvc.perform(post("/matters/new")
                        .param("channel", "HOTLINE")
                        .param("categoryCode", "1301")
                        .param("description", "楼上楼下因漏水发生纠纷")
                        .param("lat", String.valueOf(point[0]))
                        .param("lng", String.valueOf(point[1]))
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/matters/".length()));
        var row = jdbc.sql("select channel, created_by, grid_code from matter where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.get("channel")).isEqualTo("HOTLINE");
        assertThat(row.get("created_by")).isEqualTo("worker");
        assertThat(row.get("grid_code")).isEqualTo(leaderGrid());
    }

    @Test
    void badReportsSayWhichFieldIsWrong() throws Exception {
        mvc.perform(post("/api/v1/matters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"categoryCode\":\"0101\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.description").exists());
        mvc.perform(post("/api/v1/matters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"井盖丢失很危险\",\"categoryCode\":\"9999\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.categoryCode").exists());
        mvc.perform(get("/api/v1/categories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '0101')].name").value("路灯"));
    }

    @Test
    void theTrackingPageShowsProgressButNoPersonalData() throws Exception {
        double[] point = pointInLeadersGrid();
        JsonNode receipt = report(null, point[0], point[1], 201);
        String page = mvc.perform(get("/track/" + receipt.path("trackingCode").asString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("已上报")
                .contains("路灯")
                .doesNotContain(phone)
                .doesNotContain("****" + phone.substring(7))
                .doesNotContain("已经一周");
        mvc.perform(get("/track/NOSUCHCODE")).andExpect(status().isNotFound());
    }

    @Test
    void fromReportToStrikeOffWithTheRightPeopleAndTheRatingReopensOnce() throws Exception {
        double[] point = pointInLeadersGrid();
        JsonNode receipt = report(null, point[0], point[1], 201);
        UUID id = UUID.fromString(receipt.path("id").asString());
        CurrentUser leader = accounts.loadUserByUsername("leader");
        CurrentUser worker = accounts.loadUserByUsername("worker");
        MatterView view =
                work.takeStep(leader, id, 0, new StaffStep.Triage(Urgency.NORMAL, Difficulty.COMMUNITY, null, null));
        assertThat(view.colour()).isEqualTo(Colour.YELLOW);
        view = work.takeStep(leader, id, view.version(), new StaffStep.Dispatch(null, null));
        int version = view.version();
        assertThatThrownBy(() -> work.takeStep(worker, id, version, new StaffStep.Accept()))
                .as("yellow is the grid leader's")
                .isInstanceOf(ActionRefused.class);
        assertThatThrownBy(() -> work.takeStep(leader, id, version, new StaffStep.StrikeOff(null)))
                .isInstanceOf(IllegalTransition.class);
        view = work.takeStep(leader, id, version, new StaffStep.Accept());
        view = work.takeStep(leader, id, view.version(), new StaffStep.Start(List.of()));
        view = work.takeStep(leader, id, view.version(), new StaffStep.Resolve("已更换灯泡", List.of()));
        view = work.takeStep(leader, id, view.version(), new StaffStep.Verify("现场核实", List.of()));
        view = work.takeStep(leader, id, view.version(), new StaffStep.StrikeOff(null));
        assertThat(view.stage()).isEqualTo(Stage.STRUCK_OFF);
        assertThat(jdbc.sql("select count(*) from matter_timeline where matter_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(8);

        String code = receipt.path("trackingCode").asString();
        mvc.perform(post("/track/" + code + "/rating")
                        .param("rating", "UNSATISFIED")
                        .param("reason", "不".repeat(1_001))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("最多 900 个字")));
        mvc.perform(post("/track/" + code + "/rating")
                        .param("rating", "UNSATISFIED")
                        .param("reason", "晚上还是不亮")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.matter(leader, id).stage()).isEqualTo(Stage.IN_PROGRESS);
        assertThat(jdbc.sql(
                                "select resolved_at is null and resolve_due > now() and escalated_at is null from matter where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .as("a reopened matter starts a new resolution period")
                .isTrue();
        view = pages.matter(leader, id);
        view = work.takeStep(leader, id, view.version(), new StaffStep.Resolve("更换线路", List.of()));
        view = work.takeStep(leader, id, view.version(), new StaffStep.Verify(null, List.of()));
        work.takeStep(leader, id, view.version(), new StaffStep.StrikeOff(null));
        mvc.perform(post("/track/" + code + "/rating")
                        .param("rating", "UNSATISFIED")
                        .param("reason", "还是不满意")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.matter(leader, id).stage()).as("reopens only once").isEqualTo(Stage.STRUCK_OFF);
    }

    @Test
    void aReturnedMatterIsAcceptedAgainAndARejectedResolutionIsNoLongerCountedResolved() {
        MatterView view =
                new MatterFixtures(jdbc, locator, accounts, intake).triaged(work, Urgency.NORMAL, Difficulty.COMMUNITY);
        CurrentUser leader = accounts.loadUserByUsername("leader");
        UUID id = view.id();
        view = work.takeStep(leader, id, view.version(), new StaffStep.Dispatch(null, null));
        view = work.takeStep(leader, id, view.version(), new StaffStep.Accept());
        view = work.takeStep(leader, id, view.version(), new StaffStep.Return("不属本网格"));
        view = work.takeStep(leader, id, view.version(), new StaffStep.Dispatch(null, null));
        assertThat(jdbc.sql("select accepted_at is null from matter where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .as("the new dispatch waits for a new acceptance")
                .isTrue();
        view = work.takeStep(leader, id, view.version(), new StaffStep.Accept());
        view = work.takeStep(leader, id, view.version(), new StaffStep.Start(List.of()));
        view = work.takeStep(leader, id, view.version(), new StaffStep.Resolve("已处理", List.of()));
        work.takeStep(leader, id, view.version(), new StaffStep.RejectResolution("现场仍未处理"));
        assertThat(jdbc.sql("select resolved_at is null from matter where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void twoPeopleAcceptingAtOnceExactlyOneWins() throws Exception {
        double[] point = pointInLeadersGrid();
        UUID id =
                UUID.fromString(report(null, point[0], point[1], 201).path("id").asString());
        CurrentUser leader = accounts.loadUserByUsername("leader");
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        MatterView view =
                work.takeStep(leader, id, 0, new StaffStep.Triage(Urgency.NORMAL, Difficulty.COMMUNITY, null, null));
        view = work.takeStep(leader, id, view.version(), new StaffStep.Dispatch(null, null));
        int version = view.version();
        ExecutorService people = Executors.newFixedThreadPool(2);
        Callable<String> leaderAccepts =
                () -> attempt(() -> work.takeStep(leader, id, version, new StaffStep.Accept()));
        Callable<String> secretaryAccepts =
                () -> attempt(() -> work.takeStep(secretary, id, version, new StaffStep.Accept()));
        List<Future<String>> outcomes = people.invokeAll(List.of(leaderAccepts, secretaryAccepts));
        people.shutdown();
        List<String> results = outcomes.stream()
                .map(f -> {
                    try {
                        return f.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(results).containsExactlyInAnyOrder("ok", "ConcurrentChange");
        assertThat(jdbc.sql("select count(*) from matter_timeline where matter_id = ? and action = 'accept'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** A small JPEG carrying an EXIF block with a GPS position, as phones write them. */
    private static byte[] jpegWithLocation() throws IOException {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] exif = "Exif\0\0GPSLatitude 31.2008".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(plain, 0, 2);
        tagged.write(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2)});
        tagged.write(exif);
        tagged.write(plain, 2, plain.length - 2);
        return tagged.toByteArray();
    }

    @Test
    void photosTakenBeforeAndAfterHandlingBelongToTheirStepsAndStayOffTheTrackingPage() throws Exception {
        MatterFixtures fixtures = new MatterFixtures(jdbc, locator, accounts, intake);
        MatterView view = fixtures.triaged(work, Urgency.NORMAL, Difficulty.COMMUNITY);
        assertThat(view.colour()).isEqualTo(Colour.YELLOW);
        CurrentUser leader = accounts.loadUserByUsername("leader");
        mvc.perform(MockMvcRequestBuilders.multipart("/matters/" + view.id() + "/actions/DISPATCH")
                        .file(new MockMultipartFile("photos", "dispatch.jpg", "image/jpeg", jpegWithLocation()))
                        .param("version", String.valueOf(view.version()))
                        .with(as(accounts, "leader"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(pages.matter(leader, view.id()).stage())
                .as("photos go with start, resolve and verify")
                .isEqualTo(Stage.REGISTERED);
        view = work.takeStep(leader, view.id(), view.version(), new StaffStep.Dispatch(null, null));
        view = work.takeStep(leader, view.id(), view.version(), new StaffStep.Accept());
        for (String[] step : new String[][] {{"START", ""}, {"RESOLVE", "已更换楼道灯"}}) {
            mvc.perform(MockMvcRequestBuilders.multipart("/matters/" + view.id() + "/actions/" + step[0])
                            .file(new MockMultipartFile("photos", step[0] + ".jpg", "image/jpeg", jpegWithLocation()))
                            .param("version", String.valueOf(view.version()))
                            .param("note", step[1])
                            .with(as(accounts, "leader"))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
            view = pages.matter(leader, view.id());
        }

        MatterPages.Page page = pages.page(leader, view.id());
        assertThat(page.photos()).as("the report itself had no photos").isEmpty();
        assertThat(page.timeline())
                .filteredOn(entry -> entry.action().equals("start"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.photos()).hasSize(1));
        TimelineEntry resolved = page.timeline().stream()
                .filter(entry -> entry.action().equals("resolve"))
                .findFirst()
                .orElseThrow();
        assertThat(resolved.photos()).hasSize(1);
        byte[] stored = jdbc.sql("select bytes from matter_photo where id = ?")
                .param(resolved.photos().get(0))
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
        String staffPage = mvc.perform(get("/matters/" + view.id()).with(as(accounts, "leader")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(staffPage)
                .contains(
                        "/matters/" + view.id() + "/photos/" + resolved.photos().get(0));
        String trackingPage = mvc.perform(get("/track/" + view.trackingCode()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(trackingPage).contains("已更换楼道灯").doesNotContain("/photos/");

        mvc.perform(MockMvcRequestBuilders.multipart("/matters/" + view.id() + "/actions/VERIFY")
                        .file(new MockMultipartFile("photos", "virus.jpg", "image/jpeg", "MZ not an image".getBytes()))
                        .param("version", String.valueOf(view.version()))
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(pages.matter(leader, view.id()).stage())
                .as("a bad photo refuses the step")
                .isEqualTo(Stage.RESOLVED);
    }

    @Test
    void photosOfReportsNeverTakenAreDeletedAfterAnHour() throws Exception {
        PhotoSanitizer.Photo photo = sanitizer.clean(jpegWithLocation());
        UUID old = transactions
                .execute(status -> photos.storePhotos(null, null, List.of(photo)))
                .get(0);
        UUID fresh = transactions
                .execute(status -> photos.storePhotos(null, null, List.of(photo)))
                .get(0);
        jdbc.sql("update matter_photo set created_at = now() - interval '61 minutes' where id = ?")
                .param(old)
                .update();

        assertThat(photos.deleteUnlinkedPhotos(UnlinkedPhotos.KEPT))
                .as("only this test backdates a photo")
                .isEqualTo(1);
        assertThat(jdbc.sql("select id from matter_photo where id in (?, ?)")
                        .params(old, fresh)
                        .query(UUID.class)
                        .list())
                .as("only the old unlinked one goes")
                .containsExactly(fresh);
        jdbc.sql("delete from matter_photo where id = ?").param(fresh).update();
    }

    @Test
    void theResidentFormStoresPhotosWithoutTheirLocation() throws Exception {
        double[] point = pointInLeadersGrid();
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/report")
                        .file(new MockMultipartFile("photos", "IMG_0001.jpg", "image/jpeg", jpegWithLocation()))
                        .param("description", "井盖缺失有人掉下去的危险")
                        .param("categoryCode", "0102")
                        .param("lat", String.valueOf(point[0]))
                        .param("lng", String.valueOf(point[1]))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String code = location.substring("/track/".length(), location.indexOf('?'));
        UUID id = jdbc.sql("select id from matter where tracking_code = ?")
                .param(code)
                .query(UUID.class)
                .single();
        byte[] stored = jdbc.sql("select bytes from matter_photo where matter_id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("GPSLatitude")
                .doesNotContain("Exif");
        UUID photo = jdbc.sql("select id from matter_photo where matter_id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        mvc.perform(get("/matters/" + id + "/photos/" + photo).with(as(accounts, "leader")))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().contentType("image/jpeg"));
        mvc.perform(get("/matters/" + id + "/photos/" + photo).with(as(accounts, "dept")))
                .andExpect(status().isForbidden());

        mvc.perform(MockMvcRequestBuilders.multipart("/report")
                        .file(new MockMultipartFile("photos", "virus.jpg", "image/jpeg", "MZ not an image".getBytes()))
                        .param("description", "井盖缺失有人掉下去的危险")
                        .param("categoryCode", "0102")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("照片须为 JPEG 或 PNG 格式")));
    }

    @Test
    void aGridWorkerSeesOnlyTheOwnGridsMatters() throws Exception {
        double[] point = pointInLeadersGrid();
        UUID id =
                UUID.fromString(report(null, point[0], point[1], 201).path("id").asString());
        mvc.perform(get("/matters/" + id).with(as(accounts, "worker")))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content()
                        .string(Matchers.containsString(phone.substring(0, 3) + "****" + phone.substring(7))));
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where actor = 'worker' and subject_type = 'matter' and subject_id = ?")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .as("viewing the reporter's phone is audited")
                .isEqualTo(1);
        mvc.perform(get("/matters/" + id).with(as(accounts, "dept"))).andExpect(status().isForbidden());
    }

    private static String attempt(Runnable action) {
        try {
            action.run();
            return "ok";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }
}
