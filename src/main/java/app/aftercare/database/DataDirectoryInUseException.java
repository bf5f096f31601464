package app.aftercare.database;

import java.nio.file.Path;

/**
 * Another running process uses the embedded database's data directory.
 */
public class DataDirectoryInUseException extends IllegalStateException {

	private final Path directory;

	DataDirectoryInUseException(Path directory) {
		super("Another running Aftercare instance is using the embedded database in " + directory);
		this.directory = directory;
	}

	public Path getDirectory() {
		return this.directory;
	}

}
