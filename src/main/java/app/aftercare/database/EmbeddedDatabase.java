package app.aftercare.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
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
 * process (the directory lock is held) is never touched, and no second instance starts on
 * a directory in use: the embedded server serves one application instance; several
 * instances share an external PostgreSQL.
 * <p>
 * The server listens on loopback only and asks every connection, TCP or Unix socket, for
 * the superuser's password (SCRAM). The password is generated at first start and kept in
 * a file only the application's user can read, by default {@code postgres-password}
 * beside the data directory. A data directory of an older version, which trusted every
 * local connection, gets the password and the strict {@code pg_hba.conf} at its next
 * start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String DATABASE_NAME = "aftercare";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final String LOCK_FILE = "epg-lock";

	private static final String PID_FILE = "postmaster.pid";

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(20);

	private static final String SUPERUSER = "postgres";

	private static final String HBA_FILE = "pg_hba.conf";

	static final String PASSWORD_FILE = "postgres-password";

	/** Password for every user and database, on the Unix socket and on loopback alike. */
	static final String HBA = """
			# written by Aftercare: every connection needs the password
			local all all scram-sha-256
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private final EmbeddedPostgres postgres;

	private final String password;

	private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
		this.postgres = postgres;
		this.password = password;
	}

	/**
	 * Starts the server with its password file beside the data directory.
	 */
	public static EmbeddedDatabase start(Path dataDirectory, int port) {
		return start(dataDirectory, defaultPasswordFile(dataDirectory), port);
	}

	static Path defaultPasswordFile(Path dataDirectory) {
		return dataDirectory.toAbsolutePath().normalize().resolveSibling(PASSWORD_FILE);
	}

	public static EmbeddedDatabase start(Path dataDirectory, Path passwordFile, int port) {
		try {
			Path directory = dataDirectory.toAbsolutePath();
			Files.createDirectories(directory);
			assertNotInUse(directory);
			stopOrphanedServer(directory);
			boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
			boolean secured = !fresh && HBA.equals(readIfExists(directory.resolve(HBA_FILE)));
			String password = readOrCreatePassword(passwordFile.toAbsolutePath(), secured);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				// the library's defaults (-F, synchronous_commit=off) favour test speed;
				// patients' data must survive a crash
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("password_encryption", "scram-sha-256")
				// initdb gets the library's "-A trust" and then these; the last wins, so
				// a new cluster never trusts anyone, not even during its first start
				.setLocaleConfig("auth", "scram-sha-256")
				.setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
				.setConnectConfig("password", password)
				.setPGStartupWait(Duration.ofSeconds(30));
			if (fresh) {
				builder.setDataDirectoryCustomizer((created) -> writeHba(created.toPath()));
			}
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), password);
			if (!fresh && !secured) {
				database.requirePassword(directory);
			}
			database.createApplicationDatabase();
			logger.info("Embedded PostgreSQL is running on port {} with its data in {}", database.port(), directory);
			return database;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/**
	 * Secures a data directory created by a version that trusted local connections: the
	 * superuser gets the password, then {@code pg_hba.conf} asks for it from now on.
	 */
	private void requirePassword(Path directory) {
		logger.warn("The embedded PostgreSQL in {} trusted every local connection; it now requires a password",
				directory);
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("alter role " + SUPERUSER + " password '" + this.password.replace("'", "''") + "'");
			writeHba(directory);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set the embedded PostgreSQL's password", ex);
		}
	}

	private static void writeHba(Path directory) {
		try {
			Files.writeString(directory.resolve(HBA_FILE), HBA, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + HBA_FILE + " in " + directory, ex);
		}
	}

	private static String readIfExists(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file, StandardCharsets.US_ASCII) : null;
	}

	/**
	 * The superuser's password, generated on first use into a file created readable and
	 * writable by its owner only.
	 */
	private static String readOrCreatePassword(Path file, boolean required) throws IOException {
		if (Files.exists(file)) {
			String password = Files.readString(file, StandardCharsets.US_ASCII).trim();
			if (!password.isEmpty()) {
				return password;
			}
		}
		if (required) {
			throw new IllegalStateException("The embedded PostgreSQL requires the password kept in " + file
					+ ", which is missing or empty; restore it from a backup of that file");
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Files.createDirectories(file.getParent());
		Path temporary = Files.createTempFile(file.getParent(), PASSWORD_FILE, ".new",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(temporary, password + "\n", StandardCharsets.US_ASCII);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return password;
	}

	/**
	 * Stops a server left behind by a JVM that died without stopping it.
	 */
	static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve(PID_FILE);
		if (!Files.exists(pidFile)) {
			return;
		}
		assertNotInUse(directory);
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

	/**
	 * The embedded server serves one application instance: while a live process (another
	 * JVM, or this one) holds the data directory's lock, no second instance may start on
	 * it, not even to stop what looks like an orphaned server.
	 * @throws DataDirectoryInUseException when the directory is in use
	 */
	private static void assertNotInUse(Path directory) throws IOException {
		Path lockFile = directory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new DataDirectoryInUseException(directory);
			}
			lock.release();
		}
		catch (OverlappingFileLockException ex) {
			throw new DataDirectoryInUseException(directory);
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
		catch (SQLException ex) {
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
		return SUPERUSER;
	}

	public String password() {
		return this.password;
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
