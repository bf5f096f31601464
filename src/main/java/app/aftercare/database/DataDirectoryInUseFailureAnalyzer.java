package app.aftercare.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains at startup why a second instance cannot use the embedded database.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(
				"Another running Aftercare instance is using the embedded database in " + cause.getDirectory()
						+ ". The embedded database serves one instance only.",
				"Stop the other instance first, or give this one its own "
						+ "aftercare.embedded-database.data-directory. To run several instances on the same data, "
						+ "point all of them at one external PostgreSQL (SPRING_DATASOURCE_URL, see README "
						+ "\"Several instances\").",
				cause);
	}

}
