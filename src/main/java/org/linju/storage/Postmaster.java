package org.linju.storage;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's main process, watched: if it dies ({@code kill -9}, the OOM killer), it is started again on the
 * same data directory, port and settings, and PostgreSQL's crash recovery replays its write-ahead log, so nothing it
 * acknowledged is lost. The connection pool reconnects by itself once the server answers again.
 *
 * <p>It is started with {@code pg_ctl} from the same installation, with the command line the dead process had, so zonky's
 * lock on the data directory and its {@code pg_ctl stop} at close keep working.
 */
final class Postmaster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

    private final Path dataDirectory;
    private final ScheduledExecutorService watch;
    private ProcessHandle process;
    private String command;
    private List<String> arguments;
    private int restarts;
    private int failedStarts;
    private volatile boolean closed;

    private Postmaster(Path dataDirectory, ProcessHandle process, Duration interval) {
        this.dataDirectory = dataDirectory;
        this.process = process;
        this.command = process.info().command().orElseThrow();
        this.arguments = process.info().arguments().map(List::of).orElseThrow();
        this.watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-watch");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleWithFixedDelay(
                this::keepRunning, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Watches the server now serving {@code dataDirectory}. */
    static Postmaster watch(Path dataDirectory, Duration interval) {
        try {
            ProcessHandle process = OrphanPostmaster.livePostmaster(dataDirectory)
                    .orElseThrow(() -> new EmbeddedDatabaseUnavailable(
                            "No PostgreSQL serves " + dataDirectory + " after its start"));
            return new Postmaster(dataDirectory, process, interval);
        } catch (IOException e) {
            throw new EmbeddedDatabaseUnavailable(dataDirectory, e);
        }
    }

    synchronized int restarts() {
        return restarts;
    }

    private synchronized void keepRunning() {
        if (closed || process.isAlive()) {
            return;
        }
        if (failedStarts == 0) {
            log.error("Embedded PostgreSQL (pid {}) has died; starting it again on {}", process.pid(), dataDirectory);
        }
        try {
            start();
            process = OrphanPostmaster.livePostmaster(dataDirectory)
                    .orElseThrow(() -> new IOException("pg_ctl started no server"));
            command = process.info().command().orElse(command);
            arguments = process.info().arguments().map(List::of).orElse(arguments);
            restarts++;
            failedStarts = 0;
            log.warn("Embedded PostgreSQL runs again (pid {}) after its crash recovery", process.pid());
        } catch (IOException | RuntimeException e) {
            // Its old backends may still hold the shared memory for a moment; the next check tries again.
            if (failedStarts++ % 30 == 0) {
                log.warn("Embedded PostgreSQL did not start yet ({}); trying again every second", e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code pg_ctl start} as zonky runs it (through {@code unshare -U} when Linju runs as root, which PostgreSQL
     * refuses), with the server's output in {@code restart.log} of the data directory.
     */
    private void start() throws IOException, InterruptedException {
        List<String> pgCtl = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            pgCtl.addAll(List.of("unshare", "-U"));
        }
        pgCtl.addAll(List.of(
                Path.of(command).resolveSibling("pg_ctl").toString(),
                "-D",
                dataDirectory.toString(),
                "-w",
                "-t",
                "60",
                "-l",
                dataDirectory.resolve("restart.log").toString(),
                "-o",
                String.join(" ", serverOptions()),
                "start"));
        Process starting = new ProcessBuilder(pgCtl).redirectErrorStream(true).start();
        String output = new String(starting.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!starting.waitFor(70, TimeUnit.SECONDS)) {
            starting.destroyForcibly();
            throw new IOException("pg_ctl start did not finish within 70 s");
        }
        if (starting.exitValue() != 0) {
            throw new IOException(
                    "pg_ctl start exited with " + starting.exitValue() + ": " + output.replace('\n', ' '));
        }
    }

    /** The dead server's options but its data directory, which pg_ctl passes itself. */
    private List<String> serverOptions() {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals("-D")) {
                i++;
            } else {
                options.add(arguments.get(i));
            }
        }
        return options;
    }

    /** Stops watching at once, even in the middle of a start (which is then abandoned). */
    @Override
    public void close() {
        closed = true;
        watch.shutdownNow();
    }
}
