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
import java.util.concurrent.TimeUnit;
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

	private OrphanPostmaster() {
	}

	static void stopIfRunning(Path dataDirectory, Duration patience) throws IOException {
		Optional<ProcessHandle> postmaster = livePostmaster(dataDirectory);
		if (postmaster.isEmpty()) {
			return;
		}
		ensureNoLiveOwner(dataDirectory);
		ProcessHandle process = postmaster.get();
		log.warn("Found PostgreSQL (pid {}) left running on {} by an earlier run; stopping it", process.pid(), dataDirectory);
		requestFastShutdown(process);
		if (!awaitExit(process, patience)) {
			log.warn("PostgreSQL pid {} ignored a fast shutdown; killing it (crash recovery will replay its WAL)", process.pid());
			process.destroyForcibly();
			awaitExit(process, patience);
		}
	}

	static Optional<ProcessHandle> livePostmaster(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
	}

	private static void ensureNoLiveOwner(Path dataDirectory) throws IOException {
		Path lockFile = dataDirectory.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new EmbeddedDatabaseUnavailable("Another Linju process is using the data directory " + dataDirectory);
			}
			lock.release();
		}
		catch (OverlappingFileLockException e) {
			throw new EmbeddedDatabaseUnavailable("This process already runs PostgreSQL on " + dataDirectory);
		}
	}

	private static void requestFastShutdown(ProcessHandle process) {
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
			if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
				return;
			}
		}
		catch (IOException e) {
			log.debug("kill -INT unavailable, falling back to SIGTERM", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		process.destroy();
	}

	private static boolean awaitExit(ProcessHandle process, Duration patience) {
		try {
			process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException e) {
			return false;
		}
		catch (java.util.concurrent.ExecutionException e) {
			return !process.isAlive();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}
}
