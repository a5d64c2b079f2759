package org.linju;

import org.linju.storage.EmbeddedPostgresStore;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the module tests ({@code @ApplicationModuleTest}, one per module) share: the test profile and one embedded
 * PostgreSQL for all of them in this JVM, because a server per module context would cost a start and every migration
 * each time. Each module test works in a county of its own, so they never see each other's data, nor the demo
 * district the full-application tests use (that lives in the storage module's own server).
 */
@ActiveProfiles("test")
public abstract class ModuleIntegrationTest {

    private static final String DATABASE = "linju";

    private static EmbeddedPostgresStore server;

    /**
     * Module contexts stay cached until the JVM ends, each with its own pool on the same server (100 connections):
     * small pools that open connections only when asked keep a module test suite twice this size within it.
     */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> 5);
        registry.add("spring.datasource.hikari.minimum-idle", () -> 1);
        String external = System.getenv("LINJU_TEST_DATABASE_URL");
        if (external == null || external.isBlank()) {
            registry.add("spring.datasource.url", () -> server().jdbcUrl(DATABASE));
            registry.add("spring.datasource.username", () -> "postgres");
        }
    }

    private static synchronized EmbeddedPostgresStore server() {
        if (server == null) {
            server = EmbeddedPostgresStore.startEphemeral();
            server.database(DATABASE);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "module-test-postgres"));
        }
        return server;
    }
}
