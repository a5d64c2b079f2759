package org.linju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Requests a careless or hostile sender makes, over real HTTP so that Tomcat's own limits and parsing take part: each
 * gets a 4xx with a message a person can read, and the log gets one line, no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsIT extends WebIntegrationTest {

    private static final String BOUNDARY = "----linju-hostile";

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aMalformedEscapeInTheQueryIsABadRequest(CapturedOutput log) throws Exception {
        String answer = raw("GET /login?q=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("网址或表单无法读取");
        assertThat(log.getOut()).contains("Refused GET /login with 400").doesNotContain("\tat org.");
    }

    @Test
    void aNullCharacterInAListFilterIsABadRequest(CapturedOutput log) throws Exception {
        mvc.perform(get("/admin/audit").param("actor", "admin\0").with(as(accounts, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("空字符")));
        assertThat(log.getOut()).doesNotContain("\tat org.");
    }

    @Test
    void aThousandPartsAreABadRequest(CapturedOutput log) throws Exception {
        String token = csrfToken();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, "_csrf", token);
        for (int i = 0; i < 1_000; i++) {
            field(body, "p" + i, "x");
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = postMultipart(body.toByteArray());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("表单项太多");
        assertThat(log.getOut()).doesNotContain("\tat org.");
    }

    @Test
    void aSeventyMegabyteUploadIsTooLarge(CapturedOutput log) throws Exception {
        String token = csrfToken();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, "_csrf", token);
        field(body, "description", "井盖缺失有人掉下去的危险");
        field(body, "categoryCode", "0102");
        body.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"big.jpg\"\r\n"
                                + "Content-Type: image/jpeg\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[70 * 1024 * 1024]);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = postMultipart(body.toByteArray());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("上传的文件太大");
        assertThat(log.getOut()).doesNotContain("\tat org.");
    }

    @Test
    void aPageNumberFarPastTheEndIsABadRequest(CapturedOutput log) throws Exception {
        for (String path : new String[] {"/residents", "/admin/audit"}) {
            mvc.perform(get(path).param("page", "2147483647").with(as(accounts, "admin")))
                    .andExpect(status().isBadRequest())
                    .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("没有这一页")));
        }
        assertThat(log.getOut())
                .contains("Answered GET /residents with 400: error.noSuchPage")
                .doesNotContain("\tat org.");
    }

    @Test
    void aDateFilterPastTheCalendarIsABadRequest(CapturedOutput log) throws Exception {
        mvc.perform(get("/admin/audit").param("to", "+999999999-12-31").with(as(accounts, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("日期须在")));
        assertThat(log.getOut()).doesNotContain("\tat ");
    }

    private String csrfToken() throws Exception {
        String form = send(HttpRequest.newBuilder(uri("/report")).GET().build()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).as("the report form carries a CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> postMultipart(byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(uri("/report"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static void field(ByteArrayOutputStream body, String name, String value) {
        body.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a request as it is written, for requests java.net.URI would refuse to build. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
