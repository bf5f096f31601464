package app.aftercare.database;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTest}: starts the embedded server, writes
 * a row, says "ready" and waits to be killed with {@code kill -9}.
 */
public final class OrphanMaker {

	private OrphanMaker() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
		try (var connection = java.sql.DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); var statement = connection.createStatement()) {
			statement.execute("create table if not exists survivor (name text)");
			statement.execute("insert into survivor values ('saved before the crash')");
		}
		System.out.println("ready");
		System.out.flush();
		Thread.currentThread().join();
	}

}
