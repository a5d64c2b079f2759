package org.linju.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linju.LinjuApplication;
import org.linju.LinjuIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The demo (every role on one published password) is something one asks for: a plain start of the jar on an empty
 * database loads no demo district and asks for the first admin; a demo says so on every page and listens on the
 * loopback address only.
 */
@LinjuIntegrationTest
class DemoDefaultsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    WebServerApplicationContext server;

    @Test
    void aRunningDemoShowsItsBannerOnEveryPage() throws Exception {
        String login = mvc.perform(MockMvcRequestBuilders.get("/login"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(login).contains("class=\"demo-banner\"").contains("演示环境");
    }

    @Test
    void aRunningDemoListensOnTheLoopbackAddressOnly() {
        TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();
        Object address = tomcat.getTomcat().getConnector().getProperty("address");
        assertThat(address).isEqualTo(InetAddress.getLoopbackAddress());
    }

    @Test
    void aPlainStartOfAnEmptyDatabaseLoadsNoDemoAndAsksForTheFirstAdmin(@TempDir Path data) throws Exception {
        try (ConfigurableApplicationContext plain = new SpringApplicationBuilder(LinjuApplication.class)
                .run(
                        "--server.port=0",
                        "--linju.embedded-db.ephemeral=true",
                        "--linju.data-dir=" + data,
                        "--linju.public-base-url=https://linju.example.org",
                        "--spring.main.banner-mode=off")) {
            JdbcClient jdbc = JdbcClient.create(plain.getBean(DataSource.class));
            assertThat(jdbc.sql("select count(*) from account")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from region").query(Long.class).single())
                    .isZero();
            assertThat(Files.exists(data.resolve("keys.properties")))
                    .as("keys generated for the embedded database")
                    .isTrue();

            int port = ((WebServerApplicationContext) plain).getWebServer().getPort();
            HttpResponse<String> home = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/setup"));
            HttpResponse<String> setup = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/setup"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(setup.body()).doesNotContain("demo-banner");
        }
    }
}
