package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.linju.DemoPoints;
import org.linju.WebIntegrationTest;
import org.linju.grid.GridLocator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A staff member makes an API token on the tokens page; a program then calls the API with it, over real HTTP and
 * without a session, as that person, until the token is revoked.
 */
class ApiTokenIT extends WebIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    GridLocator locator;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aProgramPostsMattersAsTheStaffMemberWhoseTokenItHoldsUntilTheTokenIsRevoked() throws Exception {
        String form = UUID.randomUUID().toString();
        String page = mvc.perform(post("/account/tokens")
                        .param("label", "12345 热线系统")
                        .param("days", "90")
                        .param("request", form)
                        .with(as(accounts, "leader"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher shown =
                Pattern.compile("id=\"new-token\"[^>]*>(linju_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(shown.find()).as("the new token is shown once").isTrue();
        String token = shown.group(1);
        mvc.perform(post("/account/tokens")
                        .param("label", "12345 热线系统")
                        .param("days", "90")
                        .param("request", form)
                        .with(as(accounts, "leader"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from api_token where label = '12345 热线系统'")
                        .query(Long.class)
                        .single())
                .as("reloading the answer makes no second token")
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from api_token where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')")
                        .param(token)
                        .query(Long.class)
                        .single())
                .as("only its hash is kept")
                .isEqualTo(1);

        String grid = accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        double[] point = DemoPoints.in(grid, jdbc, locator);
        HttpResponse<String> created = postMatter(token, point);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(jdbc.sql("select created_by from matter where id = ?")
                        .param(UUID.fromString(id))
                        .query(String.class)
                        .single())
                .as("the matter is the staff member's, not an anonymous resident's")
                .isEqualTo("leader");
        HttpResponse<String> hotline = send(token, body(point, ",\"channel\":\"HOTLINE\""));
        assertThat(hotline.statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("select channel from matter where id = ?")
                        .param(UUID.fromString(hotline.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")))
                        .query(String.class)
                        .single())
                .as("a hotline system says how the matter came in")
                .isEqualTo("HOTLINE");
        assertThat(send(null, body(point, ",\"channel\":\"HOTLINE\"")).statusCode())
                .as("residents' reports are API reports")
                .isEqualTo(422);
        assertThat(get(token, "/api/v1/metrics/matters?level=GRID").statusCode())
                .isEqualTo(200);
        assertThat(get(token, "/api/v1/admin/grids.geojson").statusCode())
                .as("within the account's role")
                .isEqualTo(403);
        assertThat(jdbc.sql("select last_used_at is not null from api_token where label = '12345 热线系统'")
                        .query(Boolean.class)
                        .single())
                .isTrue();

        HttpResponse<String> forged = postMatter("linju_" + "x".repeat(43), point);
        assertThat(forged.statusCode())
                .as("a wrong token is refused, not taken for an anonymous resident")
                .isEqualTo(401);
        assertThat(forged.body()).contains("invalid_token");

        UUID tokenId = jdbc.sql("select id from api_token where label = '12345 热线系统'")
                .query(UUID.class)
                .single();
        mvc.perform(post("/account/tokens/" + tokenId + "/revoke")
                        .with(as(accounts, "worker"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/tokens/" + tokenId + "/revoke")
                        .with(as(accounts, "secretary"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        String overview = mvc.perform(
                        MockMvcRequestBuilders.get("/admin/tokens").with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(overview)
                .as("admins see whose token it is")
                .contains("12345 热线系统")
                .contains("leader")
                .contains("/admin/tokens/" + tokenId + "/revoke");
        mvc.perform(post("/admin/tokens/" + tokenId + "/revoke")
                        .with(as(accounts, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(postMatter(token, point).statusCode())
                .as("revoked by an admin: refused at once")
                .isEqualTo(401);

        String second = mvc.perform(post("/account/tokens")
                        .param("label", "统计脚本")
                        .param("days", "30")
                        .param("request", UUID.randomUUID().toString())
                        .with(as(accounts, "leader"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*id=\"new-token\"[^>]*>(linju_[A-Za-z0-9_-]+)<.*", "$1");
        assertThat(get(second, "/api/v1/metrics/matters").statusCode()).isEqualTo(200);
        UUID secondId = jdbc.sql("select id from api_token where label = '统计脚本'")
                .query(UUID.class)
                .single();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/account/tokens").with(as(accounts, "leader")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/account/tokens/" + secondId + "/revoke");
        mvc.perform(post("/account/tokens/" + secondId + "/revoke")
                        .with(as(accounts, "leader"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(get(second, "/api/v1/metrics/matters").statusCode())
                .as("revoked by its owner")
                .isEqualTo(401);
    }

    @Test
    void theApiDocumentsTheTokenSoSwaggerUiCanSendIt() throws Exception {
        String docs = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(docs).contains("\"apiToken\"").contains("\"scheme\":\"bearer\"");
    }

    @Test
    void aTokenNeedsALabelAndResidentsMakeNone() throws Exception {
        mvc.perform(post("/account/tokens")
                        .param("label", " ")
                        .param("days", "90")
                        .param("request", UUID.randomUUID().toString())
                        .with(as(accounts, "leader"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/account/tokens")
                        .param("label", "x")
                        .param("days", "7")
                        .param("request", UUID.randomUUID().toString())
                        .with(as(accounts, "leader"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/account/tokens")
                        .param("label", "我的脚本")
                        .param("days", "30")
                        .param("request", UUID.randomUUID().toString())
                        .with(as(accounts, "resident"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private HttpResponse<String> postMatter(String token, double[] point) throws Exception {
        return send(token, body(point, ""));
    }

    private static String body(double[] point, String more) {
        return """
				{"description":"热线来电：小区路灯不亮","categoryCode":"1202","lat":%s,"lng":%s,"phone":"13800138000"%s}
				""".formatted(point[0], point[1], more);
    }

    private HttpResponse<String> send(@Nullable String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/matters"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
