package app.aftercare.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

	@TempDir
	Path dataDirectory;

	@Test
	void dataSurviveAStopAndAStart() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDirectory, 0)) {
			execute(database, "create table note (text text)", "insert into note values ('kept')");
		}
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDirectory, 0)) {
			assertThat(queryOne(database, "select text from note")).isEqualTo("kept");
		}
	}

	@Test
	void commitsAreDurableBeforeTheyReturn() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDirectory, 0)) {
			assertThat(queryOne(database, "show synchronous_commit")).isEqualTo("on");
			assertThat(queryOne(database, "show fsync")).isEqualTo("on");
		}
	}

	@Test
	void aServerOrphanedByAKilledJvmIsStoppedAndTheNextStartSucceedsWithTheData() throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanMaker.class.getName(), this.dataDirectory.toString())
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
		Path pidFile = this.dataDirectory.resolve("postmaster.pid");
		assertThat(pidFile).as("the orphaned server is still running").exists();
		long orphanPid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.dataDirectory, 0)) {
			assertThat(queryOne(database, "select name from survivor")).isEqualTo("saved before the crash");
		}
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

	private static void execute(EmbeddedDatabase database, String... statements) throws Exception {
		try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
				var statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String queryOne(EmbeddedDatabase database, String sql) throws Exception {
		try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
				var statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

}
