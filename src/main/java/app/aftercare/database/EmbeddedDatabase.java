package app.aftercare.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose data live in a directory of their own and survive restarts.
 * <p>
 * When the JVM that started the server was killed ({@code kill -9}), the server keeps
 * running and its {@code postmaster.pid} blocks the next start. {@link #start} detects
 * such an orphaned server, stops it and starts cleanly. A server still owned by a live
 * process (the directory lock is held) is never touched.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String DATABASE_NAME = "aftercare";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final String LOCK_FILE = "epg-lock";

	private static final String PID_FILE = "postmaster.pid";

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(20);

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	public static EmbeddedDatabase start(Path dataDirectory, int port) {
		try {
			Path directory = dataDirectory.toAbsolutePath();
			Files.createDirectories(directory);
			stopOrphanedServer(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				// the library's defaults (-F, synchronous_commit=off) favour test speed;
				// patients' data must survive a crash
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setPGStartupWait(Duration.ofSeconds(30));
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
			database.createApplicationDatabase();
			logger.info("Embedded PostgreSQL is running on port {} with its data in {}", database.port(), directory);
			return database;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/**
	 * Stops a server left behind by a JVM that died without stopping it.
	 */
	static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve(PID_FILE);
		if (!Files.exists(pidFile)) {
			return;
		}
		assertNotOwnedByLiveProcess(directory);
		Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(EmbeddedDatabase::isPostgres);
		if (orphan.isPresent()) {
			ProcessHandle server = orphan.get();
			logger.warn("Stopping an orphaned PostgreSQL server (pid {}) left in {}", server.pid(), directory);
			server.destroy();
			if (!awaitExit(server)) {
				logger.warn("The orphaned PostgreSQL server did not stop in time; killing it");
				server.destroyForcibly();
				awaitExit(server);
			}
		}
		Files.deleteIfExists(pidFile);
	}

	private static void assertNotOwnedByLiveProcess(Path directory) throws IOException {
		Path lockFile = directory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new IllegalStateException(
						"Another running Aftercare instance is using the database in " + directory
								+ "; stop it first or configure another aftercare.embedded-database.data-directory");
			}
			lock.release();
		}
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map((command) -> command.endsWith("postgres")).orElse(true);
	}

	private static boolean awaitExit(ProcessHandle process) {
		try {
			process.onExit().get(ORPHAN_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return !process.isAlive();
		}
	}

	private void createApplicationDatabase() {
		try (var connection = this.postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE_NAME);
			try (var result = exists.executeQuery()) {
				if (!result.next()) {
					try (var create = connection.createStatement()) {
						create.execute("create database " + DATABASE_NAME);
					}
				}
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create the database " + DATABASE_NAME, ex);
		}
	}

	public int port() {
		return this.postgres.getPort();
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE_NAME;
	}

	public String username() {
		return "postgres";
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			logger.warn("Could not stop the embedded PostgreSQL cleanly", ex);
		}
	}

}
