package app.aftercare.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the PostgreSQL server the application starts itself when no external
 * database is configured.
 *
 * @param dataDirectory where the server keeps its files; they survive restarts
 * @param passwordFile where the superuser's password is kept (owner-only); by default
 * {@code postgres-password} beside the data directory
 * @param port the port to listen on, or 0 for any free port
 */
@ConfigurationProperties("aftercare.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, Path passwordFile, int port) {

	public EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "postgres");
		}
		if (passwordFile == null) {
			passwordFile = EmbeddedDatabase.defaultPasswordFile(dataDirectory);
		}
	}

}
