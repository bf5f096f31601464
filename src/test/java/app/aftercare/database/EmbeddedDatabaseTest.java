package app.aftercare.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedDatabaseTest {

	@TempDir
	Path dataDirectory;

	@Test
	void dataSurviveAStopAndAStart() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDirectory.resolve("postgres"), 0)) {
			execute(database, "create table note (text text)", "insert into note values ('kept')");
		}
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDirectory.resolve("postgres"), 0)) {
			assertThat(queryOne(database, "select text from note")).isEqualTo("kept");
		}
	}

	/**
	 * QUALITY.md 27.
	 */
	@Test
	void onlyTheApplicationWithThePasswordFromItsOwnerOnlyFileCanConnectAndOnlyOnLoopback() throws Exception {
		Path data = this.dataDirectory.resolve("postgres");
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
			Path passwordFile = this.dataDirectory.resolve("postgres-password");
			assertThat(Files.readString(passwordFile).trim()).isEqualTo(database.password()).hasSizeGreaterThan(20);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
				.isEqualTo("rw-------");
			assertRefused(database, "");
			assertRefused(database, "postgres");
			assertThat(queryOne(database, "show listen_addresses")).isEqualTo("localhost");
			assertThat(
					queryOne(database, "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'"))
				.isEqualTo("0");
		}
		try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data, 0)) {
			assertRefused(restarted, "");
			assertThat(queryOne(restarted, "select 'the same password after a restart'")).isNotEmpty();
		}
	}

	/**
	 * A data directory of the previous version: made by the library's defaults, trusting
	 * every local connection, with no password file.
	 */
	@Test
	void aDataDirectoryThatTrustedEveryLocalConnectionKeepsItsDataAndNowRequiresThePassword() throws Exception {
		Path data = this.dataDirectory.resolve("postgres");
		try (EmbeddedPostgres previous = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.start();
				var connection = previous.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create database aftercare");
			try (var aftercare = DriverManager.getConnection(previous.getJdbcUrl("postgres", "aftercare"));
					var create = aftercare.createStatement()) {
				create.execute("create table note (text text)");
				create.execute("insert into note values ('from before the upgrade')");
			}
		}
		assertThat(this.dataDirectory.resolve("postgres-password")).doesNotExist();

		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
			assertThat(queryOne(database, "select text from note")).isEqualTo("from before the upgrade");
			assertRefused(database, "");
			assertThat(PosixFilePermissions
				.toString(Files.getPosixFilePermissions(this.dataDirectory.resolve("postgres-password"))))
				.isEqualTo("rw-------");
		}
		try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data, 0)) {
			assertThat(queryOne(restarted, "select text from note")).isEqualTo("from before the upgrade");
			assertRefused(restarted, "");
		}
	}

	/**
	 * The embedded server serves one instance (issue 12, 4): a second one on the same
	 * directory refuses to start, saying why, and leaves the first one running.
	 */
	@Test
	void aSecondInstanceOnTheSameDataDirectoryRefusesToStartAndSaysWhy() throws Exception {
		Path data = this.dataDirectory.resolve("postgres");
		try (EmbeddedDatabase first = EmbeddedDatabase.start(data, 0)) {
			DataDirectoryInUseException refused = assertThatExceptionOfType(DataDirectoryInUseException.class)
				.isThrownBy(() -> EmbeddedDatabase.start(data, 0))
				.actual();
			FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer()
				.analyze(new IllegalStateException(refused));
			assertThat(analysis.getDescription()).contains(data.toString(), "serves one instance only");
			assertThat(analysis.getAction()).contains("aftercare.embedded-database.data-directory",
					"external PostgreSQL");
			assertThat(queryOne(first, "select 'the first instance still runs'")).isNotEmpty();
		}
	}

	@Test
	void commitsAreDurableBeforeTheyReturn() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDirectory.resolve("postgres"), 0)) {
			assertThat(queryOne(database, "show synchronous_commit")).isEqualTo("on");
			assertThat(queryOne(database, "show fsync")).isEqualTo("on");
		}
	}

	@Test
	void aServerOrphanedByAKilledJvmIsStoppedAndTheNextStartSucceedsWithTheData() throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanMaker.class.getName(),
				this.dataDirectory.resolve("postgres").toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals("ready")) {
				// start-up log of the child
			}
			assertThat(line).as("the child JVM started the server").isEqualTo("ready");
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		Path pidFile = this.dataDirectory.resolve("postgres").resolve("postmaster.pid");
		assertThat(pidFile).as("the orphaned server is still running").exists();
		long orphanPid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDirectory.resolve("postgres"), 0)) {
			assertThat(queryOne(database, "select name from survivor")).isEqualTo("saved before the crash");
		}
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

	private static void assertRefused(EmbeddedDatabase database, String password) {
		assertThatExceptionOfType(SQLException.class).as("connecting with the password '%s'", password)
			.isThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.username(), password).close())
			.satisfies((ex) -> assertThat(ex.getSQLState()).isIn("28P01", "08004"));
	}

	private static void execute(EmbeddedDatabase database, String... statements) throws Exception {
		try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
				var statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String queryOne(EmbeddedDatabase database, String sql) throws Exception {
		try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
				var statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

}
