package org.linju.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server that Linju runs itself, with its data directory on local disk.
 *
 * <p>It is a real data store, so it runs with the durability settings zonky switches off by default,
 * and it recovers from an earlier run that was killed and left its postmaster behind. While it is open,
 * a {@link Postmaster} watches the server and starts it again if it dies.
 */
public final class EmbeddedPostgresStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStore.class);

    /** PostgreSQL's own default: enough for tests and small stores. */
    private static final String DEFAULT_SHARED_BUFFERS = "128MB";

    /** How often the server is checked: a dead one is started again about this long after it died. */
    private static final Duration SUPERVISION_INTERVAL = Duration.ofSeconds(1);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean ephemeral;
    private final Postmaster postmaster;

    private EmbeddedPostgresStore(EmbeddedPostgres postgres, Path dataDirectory, boolean ephemeral) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.ephemeral = ephemeral;
        this.postmaster = Postmaster.watch(dataDirectory, SUPERVISION_INTERVAL);
    }

    /**
     * Starts the server on {@code dataDirectory}, keeping whatever data is already there.
     *
     * @param port the port to listen on; 0 picks a free one
     */
    public static EmbeddedPostgresStore start(Path dataDirectory, int port) {
        return start(dataDirectory, port, false, DEFAULT_SHARED_BUFFERS);
    }

    /**
     * As {@link #start(Path, int)}, with PostgreSQL's buffer cache of this size (e.g. {@code 512MB}). PostgreSQL's own
     * default, 128 MB, is too small once the matter table and its indexes outgrow it: every report then evicts and
     * rereads pages (bench/README.md, intake).
     */
    public static EmbeddedPostgresStore start(Path dataDirectory, int port, String sharedBuffers) {
        return start(dataDirectory, port, false, sharedBuffers);
    }

    /** Starts a throw-away server whose data directory is deleted on close (tests). */
    public static EmbeddedPostgresStore startEphemeral() {
        try {
            return start(Files.createTempDirectory("linju-pg-"), 0, true, DEFAULT_SHARED_BUFFERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgresStore start(Path dataDirectory, int port, boolean ephemeral, String sharedBuffers) {
        try {
            Files.createDirectories(dataDirectory);
            OrphanPostmaster.stopIfRunning(dataDirectory, Duration.ofSeconds(30));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false) // not even when ephemeral: a restarted server keeps its directory
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", sharedBuffers)
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), dataDirectory);
            try {
                return new EmbeddedPostgresStore(postgres, dataDirectory, ephemeral);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseUnavailable(dataDirectory, e);
        }
    }

    /** Returns the named database, creating it on first use. */
    public DataSource database(String name) {
        ensureDatabase(name);
        return postgres.getDatabase("postgres", name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private void ensureDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + name + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseUnavailable(dataDirectory, e);
        }
    }

    /** Times the server was started again after it died. */
    public int restarts() {
        return postmaster.restarts();
    }

    @Override
    public void close() {
        postmaster.close();
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
        if (ephemeral) {
            try {
                FileSystemUtils.deleteRecursively(dataDirectory);
            } catch (IOException e) {
                log.warn("Could not delete the throw-away data directory {}: {}", dataDirectory, e.toString());
            }
        }
    }
}
