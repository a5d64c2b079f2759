package org.linju.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL is killed while residents send reports to a running Linju (a child JVM, so the kill hits
 * only its server): every acknowledged report survives, requests meanwhile are told to come back (503 with
 * Retry-After) instead of waiting, and Linju serves again by itself, without a restart.
 */
class DatabaseOutageIT {

    private static final Pattern MATTER_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @TempDir
    Path data;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process app;
    private int port;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            long stopping = System.nanoTime();
            app.destroy();
            boolean stopped = app.waitFor(60, TimeUnit.SECONDS);
            System.out.printf(
                    "OUTAGE app stopped in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
            if (!stopped) {
                app.destroyForcibly();
            }
            OrphanPostmaster.livePostmaster(data.resolve("postgres")).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** Residents sending reports from four threads, each from its own address, and what they were answered. */
    private final class Residents implements AutoCloseable {

        final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        final Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        final AtomicInteger toldToRetry = new AtomicInteger();
        final AtomicLong first503 = new AtomicLong();
        final AtomicLong slowest503 = new AtomicLong();
        final AtomicLong slowestAnswer = new AtomicLong();
        final AtomicInteger unanswered = new AtomicInteger();
        private final AtomicBoolean sending = new AtomicBoolean(true);
        private final AtomicInteger sender = new AtomicInteger();
        private final ExecutorService threads = Executors.newFixedThreadPool(4);

        Residents() {
            for (int i = 0; i < 4; i++) {
                threads.submit(this::send);
            }
        }

        private Void send() {
            while (sending.get()) {
                long sent = System.nanoTime();
                HttpResponse<String> answer =
                        report("10.0." + sender.get() % 200 + "." + sender.incrementAndGet() % 250);
                if (answer == null) {
                    unanswered.incrementAndGet();
                    continue;
                }
                slowestAnswer.accumulateAndGet(System.nanoTime() - sent, Math::max);
                statuses.add(answer.statusCode());
                if (answer.statusCode() == 201) {
                    Matcher id = MATTER_ID.matcher(answer.body());
                    assertThat(id.find()).isTrue();
                    acknowledged.put(id.group(1), answer.body());
                } else if (answer.statusCode() == 503
                        && answer.headers().firstValue("Retry-After").isPresent()) {
                    toldToRetry.incrementAndGet();
                    first503.compareAndSet(0, System.nanoTime());
                    slowest503.accumulateAndGet(System.nanoTime() - sent, Math::max);
                }
            }
            return null;
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (acknowledged.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(acknowledged.size()).as("acknowledged reports").isGreaterThanOrEqualTo(count);
        }

        void awaitToldToRetry() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (toldToRetry.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }

        @Override
        public void close() throws InterruptedException {
            sending.set(false);
            threads.shutdown();
            assertThat(threads.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        }
    }

    private void startApp(String... settings) throws Exception {
        port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.linju.LinjuApplication",
                "--server.port=" + port,
                "--linju.data-dir=" + data,
                "--server.forward-headers-strategy=native",
                "--linju.demo.enabled=true"));
        command.addAll(List.of(settings));
        app = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app.log").toFile())
                .start();
        awaitHealth("UP", Duration.ofMinutes(4));
    }

    @Test
    void keepsAcknowledgedReportsAndServesAgainAfterItsPostgresIsKilled() throws Exception {
        int databasePort = freePort();
        startApp("--linju.embedded-db.port=" + databasePort, "--linju.embedded-db.shared-buffers=64MB");

        Residents residents = new Residents();
        long killed;
        long up;
        try (residents) {
            residents.awaitAcknowledged(20);
            ProcessHandle postmaster =
                    OrphanPostmaster.livePostmaster(data.resolve("postgres")).orElseThrow();
            killed = System.nanoTime();
            postmaster.destroyForcibly();
            postmaster.onExit().get(30, TimeUnit.SECONDS);

            awaitHealth("UP", Duration.ofMinutes(2));
            up = System.nanoTime();
            residents.awaitAcknowledged(residents.acknowledged.size() + 20);
        }

        System.out.printf(
                "OUTAGE kill to first 503: %d ms; slowest 503: %d ms; kill to health UP: %d ms; %d reports acknowledged%n",
                TimeUnit.NANOSECONDS.toMillis(residents.first503.get() - killed),
                TimeUnit.NANOSECONDS.toMillis(residents.slowest503.get()),
                TimeUnit.NANOSECONDS.toMillis(up - killed),
                residents.acknowledged.size());
        assertThat(residents.statuses)
                .as("answers while PostgreSQL was away; the app's errors:\n" + errors())
                .doesNotContain(500);
        assertThat(residents.toldToRetry.get())
                .as("reports answered 503 with Retry-After while it was away")
                .isPositive();
        assertThat(storedOf(databasePort, residents.acknowledged.keySet()))
                .as("every acknowledged report is stored")
                .containsExactlyInAnyOrderElementsOf(residents.acknowledged.keySet());
    }

    @Test
    void aFrozenDatabaseHoldsNoRequestForLong() throws Exception {
        startApp("--linju.embedded-db.port=" + freePort(), "--linju.embedded-db.shared-buffers=64MB");
        Residents residents = new Residents();
        try (residents) {
            residents.awaitAcknowledged(20);
            ProcessHandle postmaster =
                    OrphanPostmaster.livePostmaster(data.resolve("postgres")).orElseThrow();
            List<ProcessHandle> server =
                    new ArrayList<>(postmaster.descendants().toList());
            server.add(postmaster);
            long frozen = System.nanoTime();
            signal("-STOP", server);
            try {
                residents.awaitToldToRetry();
                awaitHealth("DOWN", Duration.ofSeconds(30));
                Thread.sleep(Math.max(
                        0, TimeUnit.SECONDS.toMillis(40) - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - frozen)));
            } finally {
                signal("-CONT", server);
            }
            long thawed = System.nanoTime();
            awaitHealth("UP", Duration.ofMinutes(1));
            residents.awaitAcknowledged(residents.acknowledged.size() + 20);
            System.out.printf(
                    "OUTAGE frozen 40 s: first 503 after %d ms, slowest answer %d ms, health UP %d ms after the thaw%n",
                    TimeUnit.NANOSECONDS.toMillis(residents.first503.get() - frozen),
                    TimeUnit.NANOSECONDS.toMillis(residents.slowestAnswer.get()),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - thawed));
        }
        assertThat(residents.first503.get())
                .as("reports were told to come back while the database was frozen")
                .isPositive();
        assertThat(residents.slowestAnswer.get())
                .as("no report waited for the whole 40 s freeze")
                .isLessThan(TimeUnit.SECONDS.toNanos(35));
        assertThat(residents.unanswered.get())
                .as("reports that got no answer at all")
                .isZero();
        assertThat(residents.statuses)
                .as("answers while PostgreSQL was frozen; the app's errors:\n" + errors())
                .doesNotContain(500);
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
        List<String> kill = new ArrayList<>(List.of("kill", signal));
        processes.forEach(process -> kill.add(Long.toString(process.pid())));
        assertThat(new ProcessBuilder(kill).inheritIO().start().waitFor()).isZero();
    }

    @Test
    void anExternalDatabaseIsReconnectedToAndTheAppStopsPromptlyWhileItIsGone() throws Exception {
        Path external = data.resolve("external");
        EmbeddedPostgresStore database = EmbeddedPostgresStore.start(external, 0);
        int databasePort = database.port();
        database.database("linju");
        startApp(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/linju",
                "--spring.datasource.username=postgres");

        Residents residents = new Residents();
        try (residents) {
            residents.awaitAcknowledged(20);
            database.close();
            residents.awaitToldToRetry();
            awaitHealth("DOWN", Duration.ofSeconds(30));

            database = EmbeddedPostgresStore.start(external, databasePort);
            awaitHealth("UP", Duration.ofMinutes(1));
            residents.awaitAcknowledged(residents.acknowledged.size() + 20);
            database.close();
            Thread.sleep(1_000); // requests in flight meet the database gone
            long stopping = System.nanoTime();
            app.destroy();
            assertThat(app.waitFor(30, TimeUnit.SECONDS))
                    .as("Linju stops while its database is gone")
                    .isTrue();
            System.out.printf(
                    "OUTAGE app stopped in %d ms with its database gone, under load%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
        } finally {
            database.close();
        }
        assertThat(residents.statuses)
                .as("answers while PostgreSQL was away; the app's errors:\n" + errors())
                .doesNotContain(500);
        assertThat(residents.toldToRetry.get())
                .as("reports answered 503 with Retry-After while it was away")
                .isPositive();
        try (EmbeddedPostgresStore restarted = EmbeddedPostgresStore.start(external, databasePort)) {
            assertThat(storedOf(databasePort, residents.acknowledged.keySet()))
                    .as("every acknowledged report is stored")
                    .containsExactlyInAnyOrderElementsOf(residents.acknowledged.keySet());
        }
    }

    private HttpResponse<String> report(String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/matters"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofString("{\"description\":\"路灯不亮了，晚上很黑\",\"categoryCode\":\"1201\"}"))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void awaitHealth(String status, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("Linju runs; its log: " + tail()).isTrue();
            try {
                last = http.send(
                                HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                if (last.endsWith("\"status\":\"" + status + "\"}")) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("health not " + status + " within " + patience + ": " + last + "\n" + tail());
    }

    private static List<String> storedOf(int databasePort, Set<String> ids) throws Exception {
        List<String> stored = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + databasePort + "/linju", "postgres", "");
                PreparedStatement query =
                        connection.prepareStatement("select id::text from matter where id = any (?::uuid[])")) {
            query.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        return stored;
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(data.resolve("app.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private String errors() {
        try {
            List<String> lines = Files.readAllLines(data.resolve("app.log"));
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(" ERROR ") || lines.get(i).startsWith("Caused by")) {
                    errors.add(lines.get(i));
                }
            }
            return String.join("\n", errors.subList(0, Math.min(errors.size(), 200)));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
