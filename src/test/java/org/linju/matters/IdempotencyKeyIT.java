package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.DemoPoints;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Idempotency-Key is its sender's own: a retry gets the first receipt, another sender's use of the same key makes
 * their own report, and the same key with a different report is refused rather than answered with the first receipt.
 */
class IdempotencyKeyIT extends WebIntegrationTest {

    private static final Random RANDOM = new Random();

    @Autowired
    GridLocator locator;

    private double[] point;
    private String key;

    @BeforeEach
    void aFreshKeyAndPlace() {
        point = DemoPoints.in(
                accounts.loadUserByUsername("leader")
                        .scope()
                        .roots()
                        .iterator()
                        .next()
                        .value(),
                jdbc,
                locator);
        key = UUID.randomUUID().toString();
    }

    private static String address() {
        return "10.%d.%d.%d".formatted(RANDOM.nextInt(250), RANDOM.nextInt(250), RANDOM.nextInt(250));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpServletRequestBuilder report(String description, @Nullable String idempotencyKey) {
        MockHttpServletRequestBuilder request = post("/api/v1/matters")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
					{"description":"%s","categoryCode":"0101","lat":%s,"lng":%s}
					""".formatted(description, point[0], point[1]));
        return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
    }

    private JsonNode receipt(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return JsonMapper.builder()
                .build()
                .readTree(mvc.perform(request)
                        .andExpect(status().is(expectedStatus))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private long mattersWithKey() {
        return jdbc.sql("select count(*) from matter where idempotency_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    @Test
    void aKeyUsedFirstBySomeoneElseNeitherHidesTheReportNorHandsOutTheirReceipt() throws Exception {
        JsonNode attackers = receipt(report("抢先用这个键上报一条", key).with(from(address())), 201);
        JsonNode victims = receipt(report("小区门口路灯不亮已经一周", key).with(from(address())), 201);
        JsonNode residents = receipt(
                report("小区门口路灯不亮已经一周", key).with(as(accounts, "resident")).with(from(address())), 201);
        JsonNode staff = receipt(report("小区门口路灯不亮已经一周", key).with(as(accounts, "worker")), 201);

        List<JsonNode> all = List.of(attackers, victims, residents, staff);
        assertThat(all)
                .extracting(receipt -> receipt.path("id").asString())
                .as("four senders, four matters")
                .doesNotHaveDuplicates();
        assertThat(all)
                .extracting(receipt -> receipt.path("trackingCode").asString())
                .doesNotHaveDuplicates();
        assertThat(mattersWithKey()).isEqualTo(4);
    }

    @Test
    void theSameKeyWithADifferentReportIsRefusedAndTheSameReportGetsTheFirstReceipt() throws Exception {
        String address = address();
        JsonNode first = receipt(report("小区门口路灯不亮已经一周", key).with(from(address)), 201);

        JsonNode refused = receipt(report("小区门口路灯不亮已经两周", key).with(from(address)), 422);
        assertThat(refused.path("detail").asString())
                .contains("Idempotency-Key")
                .contains("不同");
        assertThat(refused.path("errors").has("Idempotency-Key")).isTrue();
        assertThat(refused.toString()).doesNotContain(first.path("trackingCode").asString());

        JsonNode retry = receipt(report("小区门口路灯不亮已经一周", key).with(from(address)), 201);
        assertThat(retry.path("id").asString()).isEqualTo(first.path("id").asString());
        assertThat(retry.path("trackingCode").asString())
                .isEqualTo(first.path("trackingCode").asString());
        assertThat(mattersWithKey()).isEqualTo(1);
    }

    @Test
    void aRetryGetsTheFirstReceiptEvenWhenTheHourlyLimitRefusesNewReports() throws Exception {
        String address = address();
        JsonNode first = receipt(report("小区门口路灯不亮已经一周", key).with(from(address)), 201);
        for (int i = 1; i < 20; i++) {
            receipt(report("同一地址的第 " + i + " 条反映", null).with(from(address)), 201);
        }
        receipt(report("同一地址的第二十一条反映", null).with(from(address)), 429);

        JsonNode retry = receipt(report("小区门口路灯不亮已经一周", key).with(from(address)), 201);
        assertThat(retry.path("trackingCode").asString())
                .isEqualTo(first.path("trackingCode").asString());
        receipt(report("小区门口路灯不亮已经两周", key).with(from(address)), 422);
    }

    @Test
    void theReportFormSentAgainAfterAChangeSaysSoAndOffersANewSubmission() throws Exception {
        String address = address();
        mvc.perform(post("/report")
                        .param("description", "楼道灯不亮已经三天")
                        .param("categoryCode", "0101")
                        .param("submission", key)
                        .with(from(address))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(post("/report")
                        .param("description", "楼道灯不亮已经四天")
                        .param("categoryCode", "0101")
                        .param("submission", key)
                        .with(from(address))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("内容不同").contains("楼道灯不亮已经四天").doesNotContain(key);
        assertThat(mattersWithKey()).isEqualTo(1);
    }

    @Test
    void twoSimultaneousSendsOfOneReportMakeOneMatterAndGetTheSameReceipt() throws Exception {
        String address = address();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        List<Future<JsonNode>> answers = senders.invokeAll(List.of(
                () -> receipt(report("小区门口路灯不亮已经一周", key).with(from(address)), 201),
                () -> receipt(report("小区门口路灯不亮已经一周", key).with(from(address)), 201)));
        senders.shutdown();
        JsonNode one = answers.get(0).get(30, TimeUnit.SECONDS);
        JsonNode other = answers.get(1).get(30, TimeUnit.SECONDS);
        assertThat(other.path("id").asString()).isEqualTo(one.path("id").asString());
        assertThat(other.path("trackingCode").asString())
                .isEqualTo(one.path("trackingCode").asString());
        assertThat(mattersWithKey()).isEqualTo(1);
    }
}
