package org.linju.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;

/** The embedded PostgreSQL keeps what it acknowledged: durable settings, and recovery after the app is killed. */
class EmbeddedPostgresStoreIT {

    @TempDir
    Path data;

    private static String show(DataSource database, String setting) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static List<String> notes(DataSource database) throws Exception {
        List<String> notes = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from survivor order by note")) {
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
        }
        return notes;
    }

    @Test
    void runsWithCrashSafeSettings() throws Exception {
        try (EmbeddedPostgresStore store = EmbeddedPostgresStore.start(data.resolve("pg"), 0)) {
            DataSource database = store.database("linju");
            assertThat(show(database, "fsync")).isEqualTo("on");
            assertThat(show(database, "synchronous_commit")).isEqualTo("on");
            assertThat(show(database, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void healthTurnsDownWhenTheDatabaseGoesAway() throws Exception {
        EmbeddedPostgresStore store = EmbeddedPostgresStore.start(data.resolve("pg"), 0);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(store.jdbcUrl("linju"));
        pool.setUsername("postgres");
        pool.setConnectionTimeout(2_000);
        store.database("linju");
        try (pool) {
            var health = new DataSourceHealthIndicator(pool, "select 1");
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            store.close();
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        }
    }

    @Test
    void keepsDataAcrossACleanRestart() throws Exception {
        Path directory = data.resolve("pg");
        try (EmbeddedPostgresStore store = EmbeddedPostgresStore.start(directory, 0);
                Connection connection = store.database("linju").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table survivor (note text)");
            statement.execute("insert into survivor values ('before restart')");
        }
        try (EmbeddedPostgresStore store = EmbeddedPostgresStore.start(directory, 0)) {
            assertThat(notes(store.database("linju"))).containsExactly("before restart");
        }
    }

    @Test
    void startsItsPostgresAgainWhenItIsKilled() throws Exception {
        try (EmbeddedPostgresStore store = EmbeddedPostgresStore.start(data.resolve("pg"), 0)) {
            DataSource database = store.database("linju");
            try (Connection connection = database.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create table survivor (note text)");
                statement.execute("insert into survivor values ('before the crash')");
            }
            ProcessHandle postmaster =
                    OrphanPostmaster.livePostmaster(data.resolve("pg")).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().get(30, TimeUnit.SECONDS);

            List<String> notes = null;
            for (int i = 0; i < 600 && notes == null; i++) {
                try {
                    notes = notes(database);
                } catch (SQLException e) {
                    Thread.sleep(100);
                }
            }
            assertThat(notes).as("PostgreSQL answers again, with its data").containsExactly("before the crash");
            assertThat(store.restarts()).isEqualTo(1);
        }
    }

    @Test
    void leavesAnotherPostgresAloneThatGotThePidOfAStaleServer() throws Exception {
        try (EmbeddedPostgresStore other = EmbeddedPostgresStore.start(data.resolve("other"), 0)) {
            ProcessHandle otherServer =
                    OrphanPostmaster.livePostmaster(data.resolve("other")).orElseThrow();
            Path directory = data.resolve("pg");
            EmbeddedPostgresStore.start(directory, 0).close();
            Files.writeString(directory.resolve("postmaster.pid"), otherServer.pid() + "\n" + directory + "\n");

            try (EmbeddedPostgresStore store = EmbeddedPostgresStore.start(directory, 0)) {
                assertThat(otherServer.isAlive())
                        .as("the other server still runs")
                        .isTrue();
                assertThat(show(store.database("linju"), "fsync")).isEqualTo("on");
            }
        }
    }

    @Test
    void recoversAfterTheAppIsKilledAndItsPostgresLeftRunning() throws Exception {
        Path directory = data.resolve("pg");
        Process app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StoreChild.class.getName(),
                        directory.toString(),
                        "committed")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader output =
                    new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null && !line.startsWith("COMMITTED")) {
                // zonky's and PostgreSQL's start-up output
            }
            assertThat(line).as("the child process committed its row").startsWith("COMMITTED");
        } finally {
            app.destroyForcibly();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Optional<ProcessHandle> orphan = OrphanPostmaster.livePostmaster(directory);
        assertThat(orphan)
                .as("kill -9 of the app leaves its postmaster running")
                .isPresent();

        try (EmbeddedPostgresStore store = EmbeddedPostgresStore.start(directory, 0)) {
            assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
            assertThat(notes(store.database("linju"))).containsExactly("committed");
            assertThat(OrphanPostmaster.livePostmaster(directory))
                    .map(ProcessHandle::pid)
                    .isPresent()
                    .isNotEqualTo(Optional.of(orphan.get().pid()));
        }
    }
}
