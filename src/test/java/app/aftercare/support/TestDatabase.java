package app.aftercare.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL every integration test of this JVM talks to, chosen once: an explicit
 * {@code spring.datasource.url} (a CI pointing at a server), else Testcontainers when
 * Docker is available, else an embedded PostgreSQL 17.
 */
public final class TestDatabase {

	private static Connection connection;

	private TestDatabase() {
	}

	public record Connection(String url, String username, String password) {
	}

	public static synchronized Connection connection() {
		if (connection == null) {
			connection = start();
		}
		return connection;
	}

	private static Connection start() {
		if (isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is exiting; the temporary server dies with it
		}
	}

}
