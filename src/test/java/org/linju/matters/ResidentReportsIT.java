package org.linju.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in resident reports as an anonymous reporter does: no other reporters' tracking codes, the same hourly
 * limits, and none of the staff's ways in.
 */
class ResidentReportsIT extends WebIntegrationTest {

    private static final Random RANDOM = new Random();

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String address() {
        return "10.%d.%d.%d".formatted(RANDOM.nextInt(250), RANDOM.nextInt(250), RANDOM.nextInt(250));
    }

    private static MockHttpServletRequestBuilder report(double lat, double lng, String phone) {
        return post("/api/v1/matters").contentType(MediaType.APPLICATION_JSON).content("""
				{"description":"小区门口井盖松动","categoryCode":"0102","lat":%s,"lng":%s,"phone":"%s"}
				""".formatted(lat, lng, phone));
    }

    private JsonNode receipt(MockHttpServletRequestBuilder request) throws Exception {
        return JsonMapper.builder()
                .build()
                .readTree(mvc.perform(request)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private static String phone() {
        return "1368%07d".formatted(RANDOM.nextInt(10_000_000));
    }

    @Test
    void aResidentLearnsHowManySimilarReportsThereAreButNotTheirTrackingCodes() throws Exception {
        // Somewhere outside the demo district, a different spot on every run.
        double lat = 41.2 + RANDOM.nextInt(500) / 1000.0;
        double lng = 117.6 + RANDOM.nextInt(500) / 1000.0;
        JsonNode anothers = receipt(report(lat, lng, phone()).with(from(address())));
        JsonNode staffs = receipt(report(lat, lng + 0.00001, phone()).with(as(accounts, "worker")));

        JsonNode residents = receipt(report(lat + 0.00001, lng, phone())
                .with(as(accounts, "resident"))
                .with(from(address())));
        assertThat(residents.path("similarNearby").asInt()).isEqualTo(2);
        assertThat(residents.toString())
                .doesNotContain(anothers.path("trackingCode").asString())
                .doesNotContain(staffs.path("trackingCode").asString());

        JsonNode workers = receipt(report(lat, lng - 0.00001, phone()).with(as(accounts, "worker")));
        assertThat(workers.path("nearby").valueStream().map(JsonNode::asString))
                .as("staff still see which ones")
                .contains(
                        anothers.path("trackingCode").asString(),
                        residents.path("trackingCode").asString());
    }

    @Test
    void aResidentsReportsHaveTheSameHourlyLimitPerPhoneAsAnonymousOnes() throws Exception {
        String phone = phone();
        for (int i = 0; i < 5; i++) {
            mvc.perform(report(30.1, 107.5, phone)
                            .with(as(accounts, "resident"))
                            .with(from(address())))
                    .andExpect(status().isCreated());
        }
        mvc.perform(report(30.1, 107.5, phone).with(as(accounts, "resident")).with(from(address())))
                .andExpect(status().isTooManyRequests());
        mvc.perform(report(30.1, 107.5, phone).with(from(address()))).andExpect(status().isTooManyRequests());
    }

    @Test
    void aResidentsReportsHaveTheSameHourlyLimitPerAddressAsAnonymousOnes() throws Exception {
        String address = address();
        for (int i = 0; i < 20; i++) {
            mvc.perform(report(30.1, 107.5, phone())
                            .with(as(accounts, "resident"))
                            .with(from(address)))
                    .andExpect(status().isCreated());
        }
        mvc.perform(report(30.1, 107.5, phone()).with(as(accounts, "resident")).with(from(address)))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void aResidentCannotUseTheStaffEntryOrChooseAStaffChannel() throws Exception {
        mvc.perform(get("/matters/new").with(as(accounts, "resident"))).andExpect(status().isForbidden());
        String description = "居民冒充热线录入 " + RANDOM.nextInt(1_000_000);
        mvc.perform(post("/matters/new")
                        .param("channel", "HOTLINE")
                        .param("categoryCode", "1301")
                        .param("description", description)
                        .with(as(accounts, "resident"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/matters")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"%s\",\"categoryCode\":\"1301\",\"channel\":\"PATROL\"}"
                                .formatted(description))
                        .with(as(accounts, "resident"))
                        .with(from(address())))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from matter where description = ?")
                        .param(description)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/matters/new").with(as(accounts, "worker"))).andExpect(status().isOk());
    }
}
