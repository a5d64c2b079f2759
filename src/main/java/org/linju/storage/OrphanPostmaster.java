package org.linju.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left running by an earlier Linju process that died without stopping it ({@code kill -9}).
 *
 * <p>zonky starts PostgreSQL through {@code pg_ctl}, so the server outlives the JVM and keeps
 * {@code postmaster.pid}; the next {@code pg_ctl start} would then refuse to start. A live Linju
 * holds zonky's {@code epg-lock} file lock, so a postmaster whose lock is free has no owner.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);

    private OrphanPostmaster() {}

    /** Who runs under the pid that {@code postmaster.pid} records. */
    private enum Holder {
        /** A postmaster started on this data directory. */
        THIS_SERVER,
        /** Another program, or a PostgreSQL on another directory, that was given the pid later. */
        SOMEONE_ELSE,
        /** Its command line cannot be read; PostgreSQL itself will refuse to start if it must. */
        UNKNOWN
    }

    static void stopIfRunning(Path dataDirectory, Duration patience) throws IOException {
        Optional<ProcessHandle> recorded = recordedProcess(dataDirectory);
        if (recorded.isEmpty()) {
            return;
        }
        ProcessHandle process = recorded.get();
        Holder holder = holder(process, dataDirectory);
        if (holder == Holder.SOMEONE_ELSE) {
            log.warn(
                    "postmaster.pid in {} names pid {}, which is now another process ({}); leaving it alone and removing the stale file",
                    dataDirectory,
                    process.pid(),
                    process.info().commandLine().orElse("?"));
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
            return;
        }
        if (holder == Holder.UNKNOWN) {
            return;
        }
        ensureNoLiveOwner(dataDirectory);
        log.warn(
                "Found PostgreSQL (pid {}) left running on {} by an earlier run; stopping it",
                process.pid(),
                dataDirectory);
        requestFastShutdown(process);
        if (!awaitExit(process, patience)) {
            log.warn(
                    "PostgreSQL pid {} ignored a fast shutdown; killing it (crash recovery will replay its WAL)",
                    process.pid());
            process.destroyForcibly();
            awaitExit(process, patience);
        }
    }

    /** The live postmaster serving this data directory, if there is one. */
    static Optional<ProcessHandle> livePostmaster(Path dataDirectory) throws IOException {
        return recordedProcess(dataDirectory).filter(process -> holder(process, dataDirectory) == Holder.THIS_SERVER);
    }

    private static Optional<ProcessHandle> recordedProcess(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Tells a postmaster on this directory ({@code postgres -D <dir>}) from whatever else reused its pid. */
    private static Holder holder(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        Optional<String> command = info.command();
        if (command.isEmpty()) {
            return Holder.UNKNOWN;
        }
        if (!command.get().endsWith("/postgres")) {
            return Holder.SOMEONE_ELSE;
        }
        List<String> arguments = info.arguments().map(List::of).orElse(List.of());
        int flag = arguments.indexOf("-D");
        if (flag < 0 || flag + 1 >= arguments.size()) {
            return Holder.UNKNOWN;
        }
        return sameDirectory(Path.of(arguments.get(flag + 1)), dataDirectory)
                ? Holder.THIS_SERVER
                : Holder.SOMEONE_ELSE;
    }

    private static boolean sameDirectory(Path one, Path other) {
        try {
            return Files.isSameFile(one, other);
        } catch (IOException e) {
            return one.toAbsolutePath()
                    .normalize()
                    .equals(other.toAbsolutePath().normalize());
        }
    }

    private static void ensureNoLiveOwner(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new EmbeddedDatabaseUnavailable(
                        "Another Linju process is using the data directory " + dataDirectory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new EmbeddedDatabaseUnavailable("This process already runs PostgreSQL on " + dataDirectory);
        }
    }

    private static void requestFastShutdown(ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .inheritIO()
                    .start();
            if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("kill -INT unavailable, falling back to SIGTERM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
