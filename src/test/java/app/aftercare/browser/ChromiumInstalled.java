package app.aftercare.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where Debian's Chromium and its driver are installed. Where
 * they are missing the tests are skipped with the packages to install, except when the
 * environment says {@code AFTERCARE_REQUIRE_BROWSER=true} (as CI does): there a missing
 * browser fails the run, so CI can never pass by skipping the journeys.
 */
class ChromiumInstalled implements ExecutionCondition {

	static final Path CHROMIUM = Path.of(System.getProperty("aftercare.browser.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path
		.of(System.getProperty("aftercare.browser.chromedriver", "/usr/bin/chromedriver"));

	static final String REQUIRE = "AFTERCARE_REQUIRE_BROWSER";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
				+ ": install them with 'apt-get install chromium chromium-driver'";
		if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
			throw new ExtensionConfigurationException(missing + " (" + REQUIRE + "=true: they must not be skipped)");
		}
		System.err.println("Skipped " + context.getDisplayName() + ". " + missing);
		return ConditionEvaluationResult.disabled(missing);
	}

}
